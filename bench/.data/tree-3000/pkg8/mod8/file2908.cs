namespace App2908;
public class Service2908
{
    public int Add(int a, int b) => a + b + 2908;
}
