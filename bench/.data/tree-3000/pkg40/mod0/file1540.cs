namespace App1540;
public class Service1540
{
    public int Add(int a, int b) => a + b + 1540;
}
