namespace App1156;
public class Service1156
{
    public int Add(int a, int b) => a + b + 1156;
}
