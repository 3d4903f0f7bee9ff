namespace App28;
public class Service28
{
    public int Add(int a, int b) => a + b + 28;
}
