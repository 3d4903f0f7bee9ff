namespace App2158;
public class Service2158
{
    public int Add(int a, int b) => a + b + 2158;
}
