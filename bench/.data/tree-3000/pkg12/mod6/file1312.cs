namespace App1312;
public class Service1312
{
    public int Add(int a, int b) => a + b + 1312;
}
