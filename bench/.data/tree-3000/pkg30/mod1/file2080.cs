namespace App2080;
public class Service2080
{
    public int Add(int a, int b) => a + b + 2080;
}
