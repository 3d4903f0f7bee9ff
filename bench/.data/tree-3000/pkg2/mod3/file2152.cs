namespace App2152;
public class Service2152
{
    public int Add(int a, int b) => a + b + 2152;
}
