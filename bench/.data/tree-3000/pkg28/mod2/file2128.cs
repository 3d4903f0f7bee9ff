namespace App2128;
public class Service2128
{
    public int Add(int a, int b) => a + b + 2128;
}
