namespace App1528;
public class Service1528
{
    public int Add(int a, int b) => a + b + 1528;
}
