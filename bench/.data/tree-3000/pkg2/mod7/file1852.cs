namespace App1852;
public class Service1852
{
    public int Add(int a, int b) => a + b + 1852;
}
