namespace App2542;
public class Service2542
{
    public int Add(int a, int b) => a + b + 2542;
}
