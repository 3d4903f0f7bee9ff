namespace App1546;
public class Service1546
{
    public int Add(int a, int b) => a + b + 1546;
}
