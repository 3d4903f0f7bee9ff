namespace App2464;
public class Service2464
{
    public int Add(int a, int b) => a + b + 2464;
}
