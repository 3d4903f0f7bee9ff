namespace App1048;
public class Service1048
{
    public int Add(int a, int b) => a + b + 1048;
}
