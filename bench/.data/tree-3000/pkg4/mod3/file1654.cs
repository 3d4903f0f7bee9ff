namespace App1654;
public class Service1654
{
    public int Add(int a, int b) => a + b + 1654;
}
