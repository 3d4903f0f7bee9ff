namespace App88;
public class Service88
{
    public int Add(int a, int b) => a + b + 88;
}
