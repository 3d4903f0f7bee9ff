namespace App2416;
public class Service2416
{
    public int Add(int a, int b) => a + b + 2416;
}
