namespace App2500;
public class Service2500
{
    public int Add(int a, int b) => a + b + 2500;
}
