namespace App1582;
public class Service1582
{
    public int Add(int a, int b) => a + b + 1582;
}
