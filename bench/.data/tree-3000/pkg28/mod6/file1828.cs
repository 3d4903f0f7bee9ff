namespace App1828;
public class Service1828
{
    public int Add(int a, int b) => a + b + 1828;
}
