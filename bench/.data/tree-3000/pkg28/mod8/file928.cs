namespace App928;
public class Service928
{
    public int Add(int a, int b) => a + b + 928;
}
