namespace App1264;
public class Service1264
{
    public int Add(int a, int b) => a + b + 1264;
}
