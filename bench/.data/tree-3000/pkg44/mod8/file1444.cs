namespace App1444;
public class Service1444
{
    public int Add(int a, int b) => a + b + 1444;
}
