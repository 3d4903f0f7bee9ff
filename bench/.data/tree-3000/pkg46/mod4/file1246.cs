namespace App1246;
public class Service1246
{
    public int Add(int a, int b) => a + b + 1246;
}
