namespace App2536;
public class Service2536
{
    public int Add(int a, int b) => a + b + 2536;
}
