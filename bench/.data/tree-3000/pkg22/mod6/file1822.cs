namespace App1822;
public class Service1822
{
    public int Add(int a, int b) => a + b + 1822;
}
