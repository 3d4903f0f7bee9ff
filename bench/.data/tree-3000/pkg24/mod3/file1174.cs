namespace App1174;
public class Service1174
{
    public int Add(int a, int b) => a + b + 1174;
}
