namespace App2146;
public class Service2146
{
    public int Add(int a, int b) => a + b + 2146;
}
