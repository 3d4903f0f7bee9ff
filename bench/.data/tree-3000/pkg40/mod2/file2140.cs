namespace App2140;
public class Service2140
{
    public int Add(int a, int b) => a + b + 2140;
}
