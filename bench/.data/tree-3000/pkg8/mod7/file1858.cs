namespace App1858;
public class Service1858
{
    public int Add(int a, int b) => a + b + 1858;
}
