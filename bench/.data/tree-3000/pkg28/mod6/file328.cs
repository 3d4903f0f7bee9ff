namespace App328;
public class Service328
{
    public int Add(int a, int b) => a + b + 328;
}
