namespace App2470;
public class Service2470
{
    public int Add(int a, int b) => a + b + 2470;
}
