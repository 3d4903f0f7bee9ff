namespace App2068;
public class Service2068
{
    public int Add(int a, int b) => a + b + 2068;
}
