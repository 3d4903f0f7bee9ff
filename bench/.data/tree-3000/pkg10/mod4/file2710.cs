namespace App2710;
public class Service2710
{
    public int Add(int a, int b) => a + b + 2710;
}
