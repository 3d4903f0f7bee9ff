namespace App2902;
public class Service2902
{
    public int Add(int a, int b) => a + b + 2902;
}
