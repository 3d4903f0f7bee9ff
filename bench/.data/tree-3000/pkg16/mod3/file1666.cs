namespace App1666;
public class Service1666
{
    public int Add(int a, int b) => a + b + 1666;
}
