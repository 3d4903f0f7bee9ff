namespace App1324;
public class Service1324
{
    public int Add(int a, int b) => a + b + 1324;
}
