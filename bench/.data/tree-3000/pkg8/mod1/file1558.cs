namespace App1558;
public class Service1558
{
    public int Add(int a, int b) => a + b + 1558;
}
