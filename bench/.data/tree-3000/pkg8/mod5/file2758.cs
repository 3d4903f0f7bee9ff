namespace App2758;
public class Service2758
{
    public int Add(int a, int b) => a + b + 2758;
}
