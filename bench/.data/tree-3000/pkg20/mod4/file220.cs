namespace App220;
public class Service220
{
    public int Add(int a, int b) => a + b + 220;
}
