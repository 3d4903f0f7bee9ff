namespace App2548;
public class Service2548
{
    public int Add(int a, int b) => a + b + 2548;
}
