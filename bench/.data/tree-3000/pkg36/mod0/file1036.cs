namespace App1036;
public class Service1036
{
    public int Add(int a, int b) => a + b + 1036;
}
