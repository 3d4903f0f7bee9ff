namespace App1162;
public class Service1162
{
    public int Add(int a, int b) => a + b + 1162;
}
