namespace App1450;
public class Service1450
{
    public int Add(int a, int b) => a + b + 1450;
}
