namespace App826;
public class Service826
{
    public int Add(int a, int b) => a + b + 826;
}
