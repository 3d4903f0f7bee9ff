namespace App1900;
public class Service1900
{
    public int Add(int a, int b) => a + b + 1900;
}
