namespace App1750;
public class Service1750
{
    public int Add(int a, int b) => a + b + 1750;
}
