namespace App2506;
public class Service2506
{
    public int Add(int a, int b) => a + b + 2506;
}
