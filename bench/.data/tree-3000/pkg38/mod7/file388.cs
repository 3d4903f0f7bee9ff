namespace App388;
public class Service388
{
    public int Add(int a, int b) => a + b + 388;
}
