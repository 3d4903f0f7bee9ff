namespace App2644;
public class Service2644
{
    public int Add(int a, int b) => a + b + 2644;
}
