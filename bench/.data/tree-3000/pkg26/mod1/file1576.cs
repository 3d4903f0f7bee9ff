namespace App1576;
public class Service1576
{
    public int Add(int a, int b) => a + b + 1576;
}
