namespace App2956;
public class Service2956
{
    public int Add(int a, int b) => a + b + 2956;
}
