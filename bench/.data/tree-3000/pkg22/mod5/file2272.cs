namespace App2272;
public class Service2272
{
    public int Add(int a, int b) => a + b + 2272;
}
