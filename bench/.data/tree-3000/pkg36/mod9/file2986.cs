namespace App2986;
public class Service2986
{
    public int Add(int a, int b) => a + b + 2986;
}
