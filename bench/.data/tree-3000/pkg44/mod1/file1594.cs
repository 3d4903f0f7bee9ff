namespace App1594;
public class Service1594
{
    public int Add(int a, int b) => a + b + 1594;
}
