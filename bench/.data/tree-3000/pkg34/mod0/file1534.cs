namespace App1534;
public class Service1534
{
    public int Add(int a, int b) => a + b + 1534;
}
