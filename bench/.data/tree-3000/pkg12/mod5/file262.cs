namespace App262;
public class Service262
{
    public int Add(int a, int b) => a + b + 262;
}
