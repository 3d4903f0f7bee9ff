namespace App160;
public class Service160
{
    public int Add(int a, int b) => a + b + 160;
}
