namespace App2836;
public class Service2836
{
    public int Add(int a, int b) => a + b + 2836;
}
