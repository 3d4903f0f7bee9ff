namespace App1222;
public class Service1222
{
    public int Add(int a, int b) => a + b + 1222;
}
