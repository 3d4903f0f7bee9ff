namespace App574;
public class Service574
{
    public int Add(int a, int b) => a + b + 574;
}
