namespace App2248;
public class Service2248
{
    public int Add(int a, int b) => a + b + 2248;
}
