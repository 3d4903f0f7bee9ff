namespace App1762;
public class Service1762
{
    public int Add(int a, int b) => a + b + 1762;
}
