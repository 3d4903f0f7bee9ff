namespace App274;
public class Service274
{
    public int Add(int a, int b) => a + b + 274;
}
