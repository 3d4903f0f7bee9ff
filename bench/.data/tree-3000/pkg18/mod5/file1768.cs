namespace App1768;
public class Service1768
{
    public int Add(int a, int b) => a + b + 1768;
}
