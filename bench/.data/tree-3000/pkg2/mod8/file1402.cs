namespace App1402;
public class Service1402
{
    public int Add(int a, int b) => a + b + 1402;
}
