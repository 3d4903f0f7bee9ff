namespace App2362;
public class Service2362
{
    public int Add(int a, int b) => a + b + 2362;
}
