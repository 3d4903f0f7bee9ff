namespace App2086;
public class Service2086
{
    public int Add(int a, int b) => a + b + 2086;
}
