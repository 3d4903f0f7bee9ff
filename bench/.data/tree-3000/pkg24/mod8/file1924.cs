namespace App1924;
public class Service1924
{
    public int Add(int a, int b) => a + b + 1924;
}
