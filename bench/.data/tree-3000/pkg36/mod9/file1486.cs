namespace App1486;
public class Service1486
{
    public int Add(int a, int b) => a + b + 1486;
}
