namespace App2314;
public class Service2314
{
    public int Add(int a, int b) => a + b + 2314;
}
