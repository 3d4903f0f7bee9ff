namespace App1096;
public class Service1096
{
    public int Add(int a, int b) => a + b + 1096;
}
