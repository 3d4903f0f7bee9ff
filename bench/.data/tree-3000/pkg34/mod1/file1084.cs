namespace App1084;
public class Service1084
{
    public int Add(int a, int b) => a + b + 1084;
}
