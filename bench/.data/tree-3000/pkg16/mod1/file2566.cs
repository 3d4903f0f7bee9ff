namespace App2566;
public class Service2566
{
    public int Add(int a, int b) => a + b + 2566;
}
