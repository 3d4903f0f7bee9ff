namespace App2392;
public class Service2392
{
    public int Add(int a, int b) => a + b + 2392;
}
