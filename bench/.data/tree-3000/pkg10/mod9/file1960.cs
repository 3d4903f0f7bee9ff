namespace App1960;
public class Service1960
{
    public int Add(int a, int b) => a + b + 1960;
}
