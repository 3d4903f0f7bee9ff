namespace App34;
public class Service34
{
    public int Add(int a, int b) => a + b + 34;
}
