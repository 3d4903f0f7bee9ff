namespace App2002;
public class Service2002
{
    public int Add(int a, int b) => a + b + 2002;
}
