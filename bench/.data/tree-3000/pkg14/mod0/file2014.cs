namespace App2014;
public class Service2014
{
    public int Add(int a, int b) => a + b + 2014;
}
