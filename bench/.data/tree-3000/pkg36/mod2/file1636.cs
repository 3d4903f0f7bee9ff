namespace App1636;
public class Service1636
{
    public int Add(int a, int b) => a + b + 1636;
}
