namespace App1522;
public class Service1522
{
    public int Add(int a, int b) => a + b + 1522;
}
