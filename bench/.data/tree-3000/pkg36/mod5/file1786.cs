namespace App1786;
public class Service1786
{
    public int Add(int a, int b) => a + b + 1786;
}
