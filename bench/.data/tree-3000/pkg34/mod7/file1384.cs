namespace App1384;
public class Service1384
{
    public int Add(int a, int b) => a + b + 1384;
}
