namespace App1906;
public class Service1906
{
    public int Add(int a, int b) => a + b + 1906;
}
