namespace App280;
public class Service280
{
    public int Add(int a, int b) => a + b + 280;
}
