namespace App670;
public class Service670
{
    public int Add(int a, int b) => a + b + 670;
}
