namespace App2494;
public class Service2494
{
    public int Add(int a, int b) => a + b + 2494;
}
