namespace App2938;
public class Service2938
{
    public int Add(int a, int b) => a + b + 2938;
}
