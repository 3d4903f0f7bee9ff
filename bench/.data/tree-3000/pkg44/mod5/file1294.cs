namespace App1294;
public class Service1294
{
    public int Add(int a, int b) => a + b + 1294;
}
