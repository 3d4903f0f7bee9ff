namespace App2692;
public class Service2692
{
    public int Add(int a, int b) => a + b + 2692;
}
