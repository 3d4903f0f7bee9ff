namespace App1132;
public class Service1132
{
    public int Add(int a, int b) => a + b + 1132;
}
