namespace App1756;
public class Service1756
{
    public int Add(int a, int b) => a + b + 1756;
}
