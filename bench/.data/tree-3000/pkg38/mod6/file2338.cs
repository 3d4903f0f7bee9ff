namespace App2338;
public class Service2338
{
    public int Add(int a, int b) => a + b + 2338;
}
