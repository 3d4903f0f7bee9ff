namespace App538;
public class Service538
{
    public int Add(int a, int b) => a + b + 538;
}
