namespace App2278;
public class Service2278
{
    public int Add(int a, int b) => a + b + 2278;
}
