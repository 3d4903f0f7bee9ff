namespace App112;
public class Service112
{
    public int Add(int a, int b) => a + b + 112;
}
