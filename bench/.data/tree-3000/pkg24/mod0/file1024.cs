namespace App1024;
public class Service1024
{
    public int Add(int a, int b) => a + b + 1024;
}
