namespace App1198;
public class Service1198
{
    public int Add(int a, int b) => a + b + 1198;
}
