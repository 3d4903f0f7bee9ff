namespace App1882;
public class Service1882
{
    public int Add(int a, int b) => a + b + 1882;
}
