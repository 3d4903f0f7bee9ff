namespace App2410;
public class Service2410
{
    public int Add(int a, int b) => a + b + 2410;
}
