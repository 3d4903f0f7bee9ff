namespace App2440;
public class Service2440
{
    public int Add(int a, int b) => a + b + 2440;
}
