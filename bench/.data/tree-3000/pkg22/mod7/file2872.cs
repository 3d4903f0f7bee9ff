namespace App2872;
public class Service2872
{
    public int Add(int a, int b) => a + b + 2872;
}
