namespace App2296;
public class Service2296
{
    public int Add(int a, int b) => a + b + 2296;
}
