namespace App1702;
public class Service1702
{
    public int Add(int a, int b) => a + b + 1702;
}
