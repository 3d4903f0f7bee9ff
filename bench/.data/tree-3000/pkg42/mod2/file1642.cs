namespace App1642;
public class Service1642
{
    public int Add(int a, int b) => a + b + 1642;
}
