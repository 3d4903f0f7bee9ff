namespace App2824;
public class Service2824
{
    public int Add(int a, int b) => a + b + 2824;
}
