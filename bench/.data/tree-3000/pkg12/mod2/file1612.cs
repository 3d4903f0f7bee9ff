namespace App1612;
public class Service1612
{
    public int Add(int a, int b) => a + b + 1612;
}
