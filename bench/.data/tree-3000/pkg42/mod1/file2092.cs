namespace App2092;
public class Service2092
{
    public int Add(int a, int b) => a + b + 2092;
}
