namespace App1468;
public class Service1468
{
    public int Add(int a, int b) => a + b + 1468;
}
