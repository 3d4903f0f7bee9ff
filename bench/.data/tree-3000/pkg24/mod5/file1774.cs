namespace App1774;
public class Service1774
{
    public int Add(int a, int b) => a + b + 1774;
}
