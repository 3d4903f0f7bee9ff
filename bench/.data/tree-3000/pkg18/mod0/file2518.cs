namespace App2518;
public class Service2518
{
    public int Add(int a, int b) => a + b + 2518;
}
