namespace App2866;
public class Service2866
{
    public int Add(int a, int b) => a + b + 2866;
}
