namespace App1516;
public class Service1516
{
    public int Add(int a, int b) => a + b + 1516;
}
