namespace App1990;
public class Service1990
{
    public int Add(int a, int b) => a + b + 1990;
}
