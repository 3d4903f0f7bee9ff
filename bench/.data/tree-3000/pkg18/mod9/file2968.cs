namespace App2968;
public class Service2968
{
    public int Add(int a, int b) => a + b + 2968;
}
