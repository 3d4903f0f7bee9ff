namespace App2398;
public class Service2398
{
    public int Add(int a, int b) => a + b + 2398;
}
