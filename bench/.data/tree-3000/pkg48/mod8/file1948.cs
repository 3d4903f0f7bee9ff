namespace App1948;
public class Service1948
{
    public int Add(int a, int b) => a + b + 1948;
}
