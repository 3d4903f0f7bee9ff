namespace App2242;
public class Service2242
{
    public int Add(int a, int b) => a + b + 2242;
}
