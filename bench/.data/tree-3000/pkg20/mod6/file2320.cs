namespace App2320;
public class Service2320
{
    public int Add(int a, int b) => a + b + 2320;
}
