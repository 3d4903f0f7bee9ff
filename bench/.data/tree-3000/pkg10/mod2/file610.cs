namespace App610;
public class Service610
{
    public int Add(int a, int b) => a + b + 610;
}
