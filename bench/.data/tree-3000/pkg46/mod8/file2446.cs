namespace App2446;
public class Service2446
{
    public int Add(int a, int b) => a + b + 2446;
}
