namespace App2350;
public class Service2350
{
    public int Add(int a, int b) => a + b + 2350;
}
