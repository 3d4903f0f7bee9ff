namespace App1114;
public class Service1114
{
    public int Add(int a, int b) => a + b + 1114;
}
