namespace App2842;
public class Service2842
{
    public int Add(int a, int b) => a + b + 2842;
}
