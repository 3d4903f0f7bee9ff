namespace App1498;
public class Service1498
{
    public int Add(int a, int b) => a + b + 1498;
}
