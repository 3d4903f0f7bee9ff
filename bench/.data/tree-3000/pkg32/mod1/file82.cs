namespace App82;
public class Service82
{
    public int Add(int a, int b) => a + b + 82;
}
