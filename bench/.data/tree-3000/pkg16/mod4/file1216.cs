namespace App1216;
public class Service1216
{
    public int Add(int a, int b) => a + b + 1216;
}
