namespace App1408;
public class Service1408
{
    public int Add(int a, int b) => a + b + 1408;
}
