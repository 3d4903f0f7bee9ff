namespace App2920;
public class Service2920
{
    public int Add(int a, int b) => a + b + 2920;
}
