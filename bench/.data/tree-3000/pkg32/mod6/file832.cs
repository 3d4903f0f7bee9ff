namespace App832;
public class Service832
{
    public int Add(int a, int b) => a + b + 832;
}
