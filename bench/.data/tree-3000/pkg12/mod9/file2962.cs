namespace App2962;
public class Service2962
{
    public int Add(int a, int b) => a + b + 2962;
}
