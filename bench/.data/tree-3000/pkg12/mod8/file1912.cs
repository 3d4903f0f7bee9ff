namespace App1912;
public class Service1912
{
    public int Add(int a, int b) => a + b + 1912;
}
