namespace App2476;
public class Service2476
{
    public int Add(int a, int b) => a + b + 2476;
}
