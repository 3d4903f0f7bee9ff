namespace App1258;
public class Service1258
{
    public int Add(int a, int b) => a + b + 1258;
}
