namespace App1624;
public class Service1624
{
    public int Add(int a, int b) => a + b + 1624;
}
