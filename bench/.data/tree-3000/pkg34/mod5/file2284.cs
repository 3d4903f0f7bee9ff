namespace App2284;
public class Service2284
{
    public int Add(int a, int b) => a + b + 2284;
}
