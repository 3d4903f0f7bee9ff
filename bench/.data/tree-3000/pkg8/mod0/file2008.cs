namespace App2008;
public class Service2008
{
    public int Add(int a, int b) => a + b + 2008;
}
