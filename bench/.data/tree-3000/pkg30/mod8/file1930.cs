namespace App1930;
public class Service1930
{
    public int Add(int a, int b) => a + b + 1930;
}
