namespace App460;
public class Service460
{
    public int Add(int a, int b) => a + b + 460;
}
