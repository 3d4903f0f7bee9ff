namespace App2050;
public class Service2050
{
    public int Add(int a, int b) => a + b + 2050;
}
