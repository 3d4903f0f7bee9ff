namespace App1342;
public class Service1342
{
    public int Add(int a, int b) => a + b + 1342;
}
