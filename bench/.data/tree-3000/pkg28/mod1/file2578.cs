namespace App2578;
public class Service2578
{
    public int Add(int a, int b) => a + b + 2578;
}
