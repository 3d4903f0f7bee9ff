namespace App1708;
public class Service1708
{
    public int Add(int a, int b) => a + b + 1708;
}
