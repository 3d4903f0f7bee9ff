namespace App742;
public class Service742
{
    public int Add(int a, int b) => a + b + 742;
}
