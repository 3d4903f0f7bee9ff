namespace App2668;
public class Service2668
{
    public int Add(int a, int b) => a + b + 2668;
}
