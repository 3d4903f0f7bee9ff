namespace App1966;
public class Service1966
{
    public int Add(int a, int b) => a + b + 1966;
}
