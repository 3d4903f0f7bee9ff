namespace App2488;
public class Service2488
{
    public int Add(int a, int b) => a + b + 2488;
}
