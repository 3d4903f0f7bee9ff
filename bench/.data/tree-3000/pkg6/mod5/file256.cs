namespace App256;
public class Service256
{
    public int Add(int a, int b) => a + b + 256;
}
