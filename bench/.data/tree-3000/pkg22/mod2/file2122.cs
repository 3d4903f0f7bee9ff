namespace App2122;
public class Service2122
{
    public int Add(int a, int b) => a + b + 2122;
}
