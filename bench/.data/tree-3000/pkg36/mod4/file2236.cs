namespace App2236;
public class Service2236
{
    public int Add(int a, int b) => a + b + 2236;
}
