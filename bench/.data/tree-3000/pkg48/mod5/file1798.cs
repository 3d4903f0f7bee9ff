namespace App1798;
public class Service1798
{
    public int Add(int a, int b) => a + b + 1798;
}
