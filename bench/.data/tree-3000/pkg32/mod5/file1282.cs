namespace App1282;
public class Service1282
{
    public int Add(int a, int b) => a + b + 1282;
}
