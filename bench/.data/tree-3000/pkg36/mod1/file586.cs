namespace App586;
public class Service586
{
    public int Add(int a, int b) => a + b + 586;
}
