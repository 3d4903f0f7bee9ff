namespace App2662;
public class Service2662
{
    public int Add(int a, int b) => a + b + 2662;
}
