namespace App1228;
public class Service1228
{
    public int Add(int a, int b) => a + b + 1228;
}
