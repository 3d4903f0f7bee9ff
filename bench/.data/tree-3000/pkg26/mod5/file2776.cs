namespace App2776;
public class Service2776
{
    public int Add(int a, int b) => a + b + 2776;
}
