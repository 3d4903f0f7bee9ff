namespace App802;
public class Service802
{
    public int Add(int a, int b) => a + b + 802;
}
