namespace App1234;
public class Service1234
{
    public int Add(int a, int b) => a + b + 1234;
}
