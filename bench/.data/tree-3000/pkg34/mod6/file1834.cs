namespace App1834;
public class Service1834
{
    public int Add(int a, int b) => a + b + 1834;
}
