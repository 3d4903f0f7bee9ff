namespace App1288;
public class Service1288
{
    public int Add(int a, int b) => a + b + 1288;
}
