namespace App1936;
public class Service1936
{
    public int Add(int a, int b) => a + b + 1936;
}
