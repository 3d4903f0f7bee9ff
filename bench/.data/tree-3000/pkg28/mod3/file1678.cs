namespace App1678;
public class Service1678
{
    public int Add(int a, int b) => a + b + 1678;
}
