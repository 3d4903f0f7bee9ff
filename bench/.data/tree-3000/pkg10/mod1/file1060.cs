namespace App1060;
public class Service1060
{
    public int Add(int a, int b) => a + b + 1060;
}
