namespace App1816;
public class Service1816
{
    public int Add(int a, int b) => a + b + 1816;
}
