namespace App1276;
public class Service1276
{
    public int Add(int a, int b) => a + b + 1276;
}
