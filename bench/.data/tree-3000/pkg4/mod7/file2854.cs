namespace App2854;
public class Service2854
{
    public int Add(int a, int b) => a + b + 2854;
}
