namespace App2980;
public class Service2980
{
    public int Add(int a, int b) => a + b + 2980;
}
