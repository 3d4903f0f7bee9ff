namespace App1072;
public class Service1072
{
    public int Add(int a, int b) => a + b + 1072;
}
