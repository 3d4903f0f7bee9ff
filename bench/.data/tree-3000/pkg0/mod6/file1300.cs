namespace App1300;
public class Service1300
{
    public int Add(int a, int b) => a + b + 1300;
}
