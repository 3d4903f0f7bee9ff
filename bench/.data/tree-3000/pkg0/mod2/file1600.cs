namespace App1600;
public class Service1600
{
    public int Add(int a, int b) => a + b + 1600;
}
