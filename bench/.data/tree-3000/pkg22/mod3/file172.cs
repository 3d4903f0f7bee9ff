namespace App172;
public class Service172
{
    public int Add(int a, int b) => a + b + 172;
}
