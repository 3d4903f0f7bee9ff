namespace App1588;
public class Service1588
{
    public int Add(int a, int b) => a + b + 1588;
}
