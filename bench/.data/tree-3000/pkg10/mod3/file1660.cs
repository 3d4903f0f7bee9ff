namespace App1660;
public class Service1660
{
    public int Add(int a, int b) => a + b + 1660;
}
