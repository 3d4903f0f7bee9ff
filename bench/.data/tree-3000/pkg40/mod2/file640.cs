namespace App640;
public class Service640
{
    public int Add(int a, int b) => a + b + 640;
}
