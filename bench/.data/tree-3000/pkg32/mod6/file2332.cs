namespace App2332;
public class Service2332
{
    public int Add(int a, int b) => a + b + 2332;
}
