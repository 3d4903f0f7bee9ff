namespace App1180;
public class Service1180
{
    public int Add(int a, int b) => a + b + 1180;
}
