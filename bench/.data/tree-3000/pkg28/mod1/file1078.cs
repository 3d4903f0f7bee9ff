namespace App1078;
public class Service1078
{
    public int Add(int a, int b) => a + b + 1078;
}
