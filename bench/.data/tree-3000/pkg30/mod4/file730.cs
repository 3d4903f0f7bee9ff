namespace App730;
public class Service730
{
    public int Add(int a, int b) => a + b + 730;
}
