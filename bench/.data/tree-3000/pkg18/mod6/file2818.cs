namespace App2818;
public class Service2818
{
    public int Add(int a, int b) => a + b + 2818;
}
