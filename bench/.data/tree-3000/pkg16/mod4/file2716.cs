namespace App2716;
public class Service2716
{
    public int Add(int a, int b) => a + b + 2716;
}
