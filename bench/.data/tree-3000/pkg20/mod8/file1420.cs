namespace App1420;
public class Service1420
{
    public int Add(int a, int b) => a + b + 1420;
}
