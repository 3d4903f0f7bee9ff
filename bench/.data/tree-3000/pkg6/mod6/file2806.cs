namespace App2806;
public class Service2806
{
    public int Add(int a, int b) => a + b + 2806;
}
