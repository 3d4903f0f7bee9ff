namespace App1186;
public class Service1186
{
    public int Add(int a, int b) => a + b + 1186;
}
