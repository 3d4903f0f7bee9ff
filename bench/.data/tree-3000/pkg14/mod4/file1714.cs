namespace App1714;
public class Service1714
{
    public int Add(int a, int b) => a + b + 1714;
}
