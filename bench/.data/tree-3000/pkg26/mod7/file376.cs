namespace App376;
public class Service376
{
    public int Add(int a, int b) => a + b + 376;
}
