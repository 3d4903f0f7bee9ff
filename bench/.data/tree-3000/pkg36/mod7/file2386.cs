namespace App2386;
public class Service2386
{
    public int Add(int a, int b) => a + b + 2386;
}
