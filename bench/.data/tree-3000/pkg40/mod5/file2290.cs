namespace App2290;
public class Service2290
{
    public int Add(int a, int b) => a + b + 2290;
}
