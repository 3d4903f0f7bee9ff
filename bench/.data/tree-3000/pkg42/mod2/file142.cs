namespace App142;
public class Service142
{
    public int Add(int a, int b) => a + b + 142;
}
