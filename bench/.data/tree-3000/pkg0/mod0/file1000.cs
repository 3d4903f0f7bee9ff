namespace App1000;
public class Service1000
{
    public int Add(int a, int b) => a + b + 1000;
}
