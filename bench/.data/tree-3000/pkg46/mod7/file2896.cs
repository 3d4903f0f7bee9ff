namespace App2896;
public class Service2896
{
    public int Add(int a, int b) => a + b + 2896;
}
