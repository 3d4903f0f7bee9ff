namespace App2062;
public class Service2062
{
    public int Add(int a, int b) => a + b + 2062;
}
