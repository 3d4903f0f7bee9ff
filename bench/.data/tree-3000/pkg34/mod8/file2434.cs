namespace App2434;
public class Service2434
{
    public int Add(int a, int b) => a + b + 2434;
}
