namespace App2878;
public class Service2878
{
    public int Add(int a, int b) => a + b + 2878;
}
