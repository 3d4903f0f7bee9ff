namespace App1390;
public class Service1390
{
    public int Add(int a, int b) => a + b + 1390;
}
