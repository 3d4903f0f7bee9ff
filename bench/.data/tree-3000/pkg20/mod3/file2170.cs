namespace App2170;
public class Service2170
{
    public int Add(int a, int b) => a + b + 2170;
}
