namespace App2830;
public class Service2830
{
    public int Add(int a, int b) => a + b + 2830;
}
