namespace App1144;
public class Service1144
{
    public int Add(int a, int b) => a + b + 1144;
}
