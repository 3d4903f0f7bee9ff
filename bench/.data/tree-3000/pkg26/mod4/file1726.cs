namespace App1726;
public class Service1726
{
    public int Add(int a, int b) => a + b + 1726;
}
