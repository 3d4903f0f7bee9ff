namespace App1918;
public class Service1918
{
    public int Add(int a, int b) => a + b + 1918;
}
