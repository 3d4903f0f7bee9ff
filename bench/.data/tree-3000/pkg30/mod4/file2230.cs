namespace App2230;
public class Service2230
{
    public int Add(int a, int b) => a + b + 2230;
}
