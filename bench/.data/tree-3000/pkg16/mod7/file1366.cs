namespace App1366;
public class Service1366
{
    public int Add(int a, int b) => a + b + 1366;
}
