namespace App1552;
public class Service1552
{
    public int Add(int a, int b) => a + b + 1552;
}
