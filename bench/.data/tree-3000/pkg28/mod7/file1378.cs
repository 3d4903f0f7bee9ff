namespace App1378;
public class Service1378
{
    public int Add(int a, int b) => a + b + 1378;
}
