namespace App490;
public class Service490
{
    public int Add(int a, int b) => a + b + 490;
}
