namespace App1192;
public class Service1192
{
    public int Add(int a, int b) => a + b + 1192;
}
