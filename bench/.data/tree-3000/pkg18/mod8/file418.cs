namespace App418;
public class Service418
{
    public int Add(int a, int b) => a + b + 418;
}
