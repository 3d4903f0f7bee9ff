namespace App1126;
public class Service1126
{
    public int Add(int a, int b) => a + b + 1126;
}
