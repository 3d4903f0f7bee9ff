namespace App304;
public class Service304
{
    public int Add(int a, int b) => a + b + 304;
}
