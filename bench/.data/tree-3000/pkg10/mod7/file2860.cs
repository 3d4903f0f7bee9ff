namespace App2860;
public class Service2860
{
    public int Add(int a, int b) => a + b + 2860;
}
