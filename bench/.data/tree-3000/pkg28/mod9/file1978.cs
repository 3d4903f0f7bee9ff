namespace App1978;
public class Service1978
{
    public int Add(int a, int b) => a + b + 1978;
}
