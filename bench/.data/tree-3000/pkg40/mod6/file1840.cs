namespace App1840;
public class Service1840
{
    public int Add(int a, int b) => a + b + 1840;
}
