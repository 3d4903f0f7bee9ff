namespace App2224;
public class Service2224
{
    public int Add(int a, int b) => a + b + 2224;
}
