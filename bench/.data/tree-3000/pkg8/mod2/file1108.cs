namespace App1108;
public class Service1108
{
    public int Add(int a, int b) => a + b + 1108;
}
