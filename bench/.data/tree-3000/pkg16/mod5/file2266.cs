namespace App2266;
public class Service2266
{
    public int Add(int a, int b) => a + b + 2266;
}
