namespace App1006;
public class Service1006
{
    public int Add(int a, int b) => a + b + 1006;
}
