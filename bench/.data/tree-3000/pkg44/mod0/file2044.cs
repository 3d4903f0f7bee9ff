namespace App2044;
public class Service2044
{
    public int Add(int a, int b) => a + b + 2044;
}
