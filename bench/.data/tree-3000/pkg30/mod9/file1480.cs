namespace App1480;
public class Service1480
{
    public int Add(int a, int b) => a + b + 1480;
}
