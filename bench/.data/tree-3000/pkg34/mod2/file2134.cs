namespace App2134;
public class Service2134
{
    public int Add(int a, int b) => a + b + 2134;
}
