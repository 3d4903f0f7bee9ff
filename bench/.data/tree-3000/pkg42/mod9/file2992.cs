namespace App2992;
public class Service2992
{
    public int Add(int a, int b) => a + b + 2992;
}
