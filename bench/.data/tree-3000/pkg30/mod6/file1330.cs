namespace App1330;
public class Service1330
{
    public int Add(int a, int b) => a + b + 1330;
}
