namespace App2374;
public class Service2374
{
    public int Add(int a, int b) => a + b + 2374;
}
