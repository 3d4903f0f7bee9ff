namespace App760;
public class Service760
{
    public int Add(int a, int b) => a + b + 760;
}
