namespace App628;
public class Service628
{
    public int Add(int a, int b) => a + b + 628;
}
