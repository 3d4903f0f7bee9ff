namespace App1252;
public class Service1252
{
    public int Add(int a, int b) => a + b + 1252;
}
