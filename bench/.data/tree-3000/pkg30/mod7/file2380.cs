namespace App2380;
public class Service2380
{
    public int Add(int a, int b) => a + b + 2380;
}
