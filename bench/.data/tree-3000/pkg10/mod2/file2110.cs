namespace App2110;
public class Service2110
{
    public int Add(int a, int b) => a + b + 2110;
}
