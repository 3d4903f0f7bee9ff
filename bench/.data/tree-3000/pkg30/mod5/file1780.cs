namespace App1780;
public class Service1780
{
    public int Add(int a, int b) => a + b + 1780;
}
