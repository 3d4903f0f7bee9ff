namespace App1066;
public class Service1066
{
    public int Add(int a, int b) => a + b + 1066;
}
