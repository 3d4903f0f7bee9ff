namespace App1564;
public class Service1564
{
    public int Add(int a, int b) => a + b + 1564;
}
