namespace App2734;
public class Service2734
{
    public int Add(int a, int b) => a + b + 2734;
}
