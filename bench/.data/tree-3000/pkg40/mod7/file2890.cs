namespace App2890;
public class Service2890
{
    public int Add(int a, int b) => a + b + 2890;
}
