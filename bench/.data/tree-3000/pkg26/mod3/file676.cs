namespace App676;
public class Service676
{
    public int Add(int a, int b) => a + b + 676;
}
