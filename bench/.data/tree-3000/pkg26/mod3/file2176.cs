namespace App2176;
public class Service2176
{
    public int Add(int a, int b) => a + b + 2176;
}
