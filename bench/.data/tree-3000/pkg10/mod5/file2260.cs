namespace App2260;
public class Service2260
{
    public int Add(int a, int b) => a + b + 2260;
}
