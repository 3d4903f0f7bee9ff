namespace App2848;
public class Service2848
{
    public int Add(int a, int b) => a + b + 2848;
}
