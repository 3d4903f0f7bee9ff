namespace App634;
public class Service634
{
    public int Add(int a, int b) => a + b + 634;
}
