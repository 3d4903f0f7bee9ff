namespace App364;
public class Service364
{
    public int Add(int a, int b) => a + b + 364;
}
