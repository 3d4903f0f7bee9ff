namespace App1168;
public class Service1168
{
    public int Add(int a, int b) => a + b + 1168;
}
