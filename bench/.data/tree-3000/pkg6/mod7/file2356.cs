namespace App2356;
public class Service2356
{
    public int Add(int a, int b) => a + b + 2356;
}
