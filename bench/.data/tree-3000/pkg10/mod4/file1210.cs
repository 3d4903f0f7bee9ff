namespace App1210;
public class Service1210
{
    public int Add(int a, int b) => a + b + 1210;
}
