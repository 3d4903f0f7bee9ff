namespace App2458;
public class Service2458
{
    public int Add(int a, int b) => a + b + 2458;
}
