namespace App2368;
public class Service2368
{
    public int Add(int a, int b) => a + b + 2368;
}
