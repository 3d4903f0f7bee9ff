namespace App1792;
public class Service1792
{
    public int Add(int a, int b) => a + b + 1792;
}
