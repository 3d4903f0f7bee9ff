namespace App1876;
public class Service1876
{
    public int Add(int a, int b) => a + b + 1876;
}
