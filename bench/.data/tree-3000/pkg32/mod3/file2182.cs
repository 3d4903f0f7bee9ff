namespace App2182;
public class Service2182
{
    public int Add(int a, int b) => a + b + 2182;
}
