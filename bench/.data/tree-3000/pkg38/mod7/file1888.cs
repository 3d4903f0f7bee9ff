namespace App1888;
public class Service1888
{
    public int Add(int a, int b) => a + b + 1888;
}
