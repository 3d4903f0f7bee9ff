namespace App1504;
public class Service1504
{
    public int Add(int a, int b) => a + b + 1504;
}
