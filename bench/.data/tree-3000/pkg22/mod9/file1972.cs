namespace App1972;
public class Service1972
{
    public int Add(int a, int b) => a + b + 1972;
}
