namespace App2638;
public class Service2638
{
    public int Add(int a, int b) => a + b + 2638;
}
