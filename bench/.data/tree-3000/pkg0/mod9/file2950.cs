namespace App2950;
public class Service2950
{
    public int Add(int a, int b) => a + b + 2950;
}
