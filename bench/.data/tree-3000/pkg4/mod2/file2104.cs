namespace App2104;
public class Service2104
{
    public int Add(int a, int b) => a + b + 2104;
}
