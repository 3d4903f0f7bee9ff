namespace App2590;
public class Service2590
{
    public int Add(int a, int b) => a + b + 2590;
}
