namespace App2740;
public class Service2740
{
    public int Add(int a, int b) => a + b + 2740;
}
