namespace App1102;
public class Service1102
{
    public int Add(int a, int b) => a + b + 1102;
}
