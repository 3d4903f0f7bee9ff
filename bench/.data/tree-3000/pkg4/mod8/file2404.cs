namespace App2404;
public class Service2404
{
    public int Add(int a, int b) => a + b + 2404;
}
