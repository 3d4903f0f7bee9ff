namespace App2512;
public class Service2512
{
    public int Add(int a, int b) => a + b + 2512;
}
