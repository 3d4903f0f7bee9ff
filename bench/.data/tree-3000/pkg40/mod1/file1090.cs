namespace App1090;
public class Service1090
{
    public int Add(int a, int b) => a + b + 1090;
}
