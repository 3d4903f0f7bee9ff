namespace App796;
public class Service796
{
    public int Add(int a, int b) => a + b + 796;
}
