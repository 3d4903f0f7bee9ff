namespace App1690;
public class Service1690
{
    public int Add(int a, int b) => a + b + 1690;
}
