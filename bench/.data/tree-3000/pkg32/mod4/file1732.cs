namespace App1732;
public class Service1732
{
    public int Add(int a, int b) => a + b + 1732;
}
