namespace App2206;
public class Service2206
{
    public int Add(int a, int b) => a + b + 2206;
}
