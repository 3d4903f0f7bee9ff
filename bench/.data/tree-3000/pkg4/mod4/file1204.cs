namespace App1204;
public class Service1204
{
    public int Add(int a, int b) => a + b + 1204;
}
