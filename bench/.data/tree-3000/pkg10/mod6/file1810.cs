namespace App1810;
public class Service1810
{
    public int Add(int a, int b) => a + b + 1810;
}
