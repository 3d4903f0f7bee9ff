namespace App1348;
public class Service1348
{
    public int Add(int a, int b) => a + b + 1348;
}
