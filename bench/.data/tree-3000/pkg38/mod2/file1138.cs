namespace App1138;
public class Service1138
{
    public int Add(int a, int b) => a + b + 1138;
}
