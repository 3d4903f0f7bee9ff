namespace App178;
public class Service178
{
    public int Add(int a, int b) => a + b + 178;
}
