namespace App2650;
public class Service2650
{
    public int Add(int a, int b) => a + b + 2650;
}
