namespace App136;
public class Service136
{
    public int Add(int a, int b) => a + b + 136;
}
