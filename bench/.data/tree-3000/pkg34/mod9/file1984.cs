namespace App1984;
public class Service1984
{
    public int Add(int a, int b) => a + b + 1984;
}
