namespace App784;
public class Service784
{
    public int Add(int a, int b) => a + b + 784;
}
