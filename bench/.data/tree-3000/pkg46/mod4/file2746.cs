namespace App2746;
public class Service2746
{
    public int Add(int a, int b) => a + b + 2746;
}
