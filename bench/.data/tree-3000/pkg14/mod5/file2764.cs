namespace App2764;
public class Service2764
{
    public int Add(int a, int b) => a + b + 2764;
}
