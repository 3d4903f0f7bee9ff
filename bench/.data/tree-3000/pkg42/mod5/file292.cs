namespace App292;
public class Service292
{
    public int Add(int a, int b) => a + b + 292;
}
