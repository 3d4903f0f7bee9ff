namespace App700;
public class Service700
{
    public int Add(int a, int b) => a + b + 700;
}
