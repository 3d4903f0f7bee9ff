namespace App1462;
public class Service1462
{
    public int Add(int a, int b) => a + b + 1462;
}
