namespace App2584;
public class Service2584
{
    public int Add(int a, int b) => a + b + 2584;
}
