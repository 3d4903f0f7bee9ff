namespace App1456;
public class Service1456
{
    public int Add(int a, int b) => a + b + 1456;
}
