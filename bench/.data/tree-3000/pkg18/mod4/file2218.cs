namespace App2218;
public class Service2218
{
    public int Add(int a, int b) => a + b + 2218;
}
