namespace App1042;
public class Service1042
{
    public int Add(int a, int b) => a + b + 1042;
}
