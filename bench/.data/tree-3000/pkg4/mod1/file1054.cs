namespace App1054;
public class Service1054
{
    public int Add(int a, int b) => a + b + 1054;
}
