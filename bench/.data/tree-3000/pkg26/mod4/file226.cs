namespace App226;
public class Service226
{
    public int Add(int a, int b) => a + b + 226;
}
