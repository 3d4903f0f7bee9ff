namespace App454;
public class Service454
{
    public int Add(int a, int b) => a + b + 454;
}
