namespace App1894;
public class Service1894
{
    public int Add(int a, int b) => a + b + 1894;
}
