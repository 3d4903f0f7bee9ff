namespace App2194;
public class Service2194
{
    public int Add(int a, int b) => a + b + 2194;
}
