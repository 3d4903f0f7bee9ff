namespace App2212;
public class Service2212
{
    public int Add(int a, int b) => a + b + 2212;
}
