namespace App520;
public class Service520
{
    public int Add(int a, int b) => a + b + 520;
}
