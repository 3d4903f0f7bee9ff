namespace App1120;
public class Service1120
{
    public int Add(int a, int b) => a + b + 1120;
}
