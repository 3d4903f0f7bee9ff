namespace App2932;
public class Service2932
{
    public int Add(int a, int b) => a + b + 2932;
}
