namespace App2608;
public class Service2608
{
    public int Add(int a, int b) => a + b + 2608;
}
