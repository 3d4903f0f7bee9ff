namespace App2884;
public class Service2884
{
    public int Add(int a, int b) => a + b + 2884;
}
