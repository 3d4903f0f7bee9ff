namespace App526;
public class Service526
{
    public int Add(int a, int b) => a + b + 526;
}
