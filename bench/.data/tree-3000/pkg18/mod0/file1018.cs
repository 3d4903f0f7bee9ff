namespace App1018;
public class Service1018
{
    public int Add(int a, int b) => a + b + 1018;
}
