namespace App2914;
public class Service2914
{
    public int Add(int a, int b) => a + b + 2914;
}
