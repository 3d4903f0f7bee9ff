namespace App64;
public class Service64
{
    public int Add(int a, int b) => a + b + 64;
}
