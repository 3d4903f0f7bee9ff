namespace App1996;
public class Service1996
{
    public int Add(int a, int b) => a + b + 1996;
}
