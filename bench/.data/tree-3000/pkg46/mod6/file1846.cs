namespace App1846;
public class Service1846
{
    public int Add(int a, int b) => a + b + 1846;
}
