namespace App892;
public class Service892
{
    public int Add(int a, int b) => a + b + 892;
}
