namespace App1438;
public class Service1438
{
    public int Add(int a, int b) => a + b + 1438;
}
