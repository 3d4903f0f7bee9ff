namespace App2344;
public class Service2344
{
    public int Add(int a, int b) => a + b + 2344;
}
