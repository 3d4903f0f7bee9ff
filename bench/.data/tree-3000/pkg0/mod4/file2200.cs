namespace App2200;
public class Service2200
{
    public int Add(int a, int b) => a + b + 2200;
}
