namespace App1738;
public class Service1738
{
    public int Add(int a, int b) => a + b + 1738;
}
