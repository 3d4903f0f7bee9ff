namespace App2530;
public class Service2530
{
    public int Add(int a, int b) => a + b + 2530;
}
