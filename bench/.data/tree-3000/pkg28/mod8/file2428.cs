namespace App2428;
public class Service2428
{
    public int Add(int a, int b) => a + b + 2428;
}
