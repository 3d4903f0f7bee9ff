namespace App2944;
public class Service2944
{
    public int Add(int a, int b) => a + b + 2944;
}
