namespace App184;
public class Service184
{
    public int Add(int a, int b) => a + b + 184;
}
