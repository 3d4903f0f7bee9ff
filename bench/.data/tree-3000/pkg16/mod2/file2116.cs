namespace App2116;
public class Service2116
{
    public int Add(int a, int b) => a + b + 2116;
}
