namespace App2308;
public class Service2308
{
    public int Add(int a, int b) => a + b + 2308;
}
