namespace App2602;
public class Service2602
{
    public int Add(int a, int b) => a + b + 2602;
}
