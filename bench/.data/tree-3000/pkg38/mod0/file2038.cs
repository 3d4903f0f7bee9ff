namespace App2038;
public class Service2038
{
    public int Add(int a, int b) => a + b + 2038;
}
