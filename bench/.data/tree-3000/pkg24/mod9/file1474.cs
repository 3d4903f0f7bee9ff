namespace App1474;
public class Service1474
{
    public int Add(int a, int b) => a + b + 1474;
}
