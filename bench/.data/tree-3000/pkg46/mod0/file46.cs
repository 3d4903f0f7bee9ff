namespace App46;
public class Service46
{
    public int Add(int a, int b) => a + b + 46;
}
