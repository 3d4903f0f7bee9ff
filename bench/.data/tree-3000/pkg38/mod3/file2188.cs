namespace App2188;
public class Service2188
{
    public int Add(int a, int b) => a + b + 2188;
}
