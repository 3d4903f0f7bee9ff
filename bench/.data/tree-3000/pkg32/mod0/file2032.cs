namespace App2032;
public class Service2032
{
    public int Add(int a, int b) => a + b + 2032;
}
