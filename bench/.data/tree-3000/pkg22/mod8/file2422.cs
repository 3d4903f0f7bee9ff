namespace App2422;
public class Service2422
{
    public int Add(int a, int b) => a + b + 2422;
}
