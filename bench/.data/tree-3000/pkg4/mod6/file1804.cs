namespace App1804;
public class Service1804
{
    public int Add(int a, int b) => a + b + 1804;
}
