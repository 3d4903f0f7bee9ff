namespace App2632;
public class Service2632
{
    public int Add(int a, int b) => a + b + 2632;
}
