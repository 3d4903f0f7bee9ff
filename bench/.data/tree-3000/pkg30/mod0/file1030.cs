namespace App1030;
public class Service1030
{
    public int Add(int a, int b) => a + b + 1030;
}
