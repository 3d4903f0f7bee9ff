namespace App1372;
public class Service1372
{
    public int Add(int a, int b) => a + b + 1372;
}
