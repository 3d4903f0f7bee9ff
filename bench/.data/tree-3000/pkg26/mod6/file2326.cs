namespace App2326;
public class Service2326
{
    public int Add(int a, int b) => a + b + 2326;
}
