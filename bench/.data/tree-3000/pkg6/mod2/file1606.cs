namespace App1606;
public class Service1606
{
    public int Add(int a, int b) => a + b + 1606;
}
