namespace App1150;
public class Service1150
{
    public int Add(int a, int b) => a + b + 1150;
}
