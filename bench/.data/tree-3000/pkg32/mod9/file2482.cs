namespace App2482;
public class Service2482
{
    public int Add(int a, int b) => a + b + 2482;
}
