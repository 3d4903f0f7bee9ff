namespace App1354;
public class Service1354
{
    public int Add(int a, int b) => a + b + 1354;
}
