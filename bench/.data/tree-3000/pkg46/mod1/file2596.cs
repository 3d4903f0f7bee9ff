namespace App2596;
public class Service2596
{
    public int Add(int a, int b) => a + b + 2596;
}
