namespace App2164;
public class Service2164
{
    public int Add(int a, int b) => a + b + 2164;
}
