namespace App1426;
public class Service1426
{
    public int Add(int a, int b) => a + b + 1426;
}
