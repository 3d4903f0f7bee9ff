namespace App1432;
public class Service1432
{
    public int Add(int a, int b) => a + b + 1432;
}
