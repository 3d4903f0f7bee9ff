namespace App1630;
public class Service1630
{
    public int Add(int a, int b) => a + b + 1630;
}
