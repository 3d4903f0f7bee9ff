namespace App1870;
public class Service1870
{
    public int Add(int a, int b) => a + b + 1870;
}
