namespace App1012;
public class Service1012
{
    public int Add(int a, int b) => a + b + 1012;
}
