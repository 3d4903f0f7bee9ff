namespace App1618;
public class Service1618
{
    public int Add(int a, int b) => a + b + 1618;
}
