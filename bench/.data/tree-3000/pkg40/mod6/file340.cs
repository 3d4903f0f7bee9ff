namespace App340;
public class Service340
{
    public int Add(int a, int b) => a + b + 340;
}
