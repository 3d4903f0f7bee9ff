namespace App934;
public class Service934
{
    public int Add(int a, int b) => a + b + 934;
}
