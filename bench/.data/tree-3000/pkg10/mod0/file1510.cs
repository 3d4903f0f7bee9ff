namespace App1510;
public class Service1510
{
    public int Add(int a, int b) => a + b + 1510;
}
