namespace App2974;
public class Service2974
{
    public int Add(int a, int b) => a + b + 2974;
}
