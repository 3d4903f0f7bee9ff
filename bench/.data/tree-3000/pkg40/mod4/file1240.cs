namespace App1240;
public class Service1240
{
    public int Add(int a, int b) => a + b + 1240;
}
