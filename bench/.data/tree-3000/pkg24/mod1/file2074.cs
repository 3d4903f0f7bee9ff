namespace App2074;
public class Service2074
{
    public int Add(int a, int b) => a + b + 2074;
}
