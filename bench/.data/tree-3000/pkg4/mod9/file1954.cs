namespace App1954;
public class Service1954
{
    public int Add(int a, int b) => a + b + 1954;
}
