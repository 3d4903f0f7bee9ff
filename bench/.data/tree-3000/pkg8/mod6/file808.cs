namespace App808;
public class Service808
{
    public int Add(int a, int b) => a + b + 808;
}
