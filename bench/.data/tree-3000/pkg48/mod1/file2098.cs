namespace App2098;
public class Service2098
{
    public int Add(int a, int b) => a + b + 2098;
}
