namespace App2302;
public class Service2302
{
    public int Add(int a, int b) => a + b + 2302;
}
