namespace App2554;
public class Service2554
{
    public int Add(int a, int b) => a + b + 2554;
}
