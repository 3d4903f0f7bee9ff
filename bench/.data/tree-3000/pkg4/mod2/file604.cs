namespace App604;
public class Service604
{
    public int Add(int a, int b) => a + b + 604;
}
