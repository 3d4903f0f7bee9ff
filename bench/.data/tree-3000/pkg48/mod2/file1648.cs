namespace App1648;
public class Service1648
{
    public int Add(int a, int b) => a + b + 1648;
}
