namespace App2812;
public class Service2812
{
    public int Add(int a, int b) => a + b + 2812;
}
