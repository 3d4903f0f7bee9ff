namespace App2998;
public class Service2998
{
    public int Add(int a, int b) => a + b + 2998;
}
