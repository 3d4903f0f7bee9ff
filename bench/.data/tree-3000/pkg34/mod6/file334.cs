namespace App334;
public class Service334
{
    public int Add(int a, int b) => a + b + 334;
}
