namespace App382;
public class Service382
{
    public int Add(int a, int b) => a + b + 382;
}
