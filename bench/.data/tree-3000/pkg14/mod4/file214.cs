namespace App214;
public class Service214
{
    public int Add(int a, int b) => a + b + 214;
}
