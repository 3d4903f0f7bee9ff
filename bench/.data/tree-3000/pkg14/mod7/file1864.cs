namespace App1864;
public class Service1864
{
    public int Add(int a, int b) => a + b + 1864;
}
