namespace App196;
public class Service196
{
    public int Add(int a, int b) => a + b + 196;
}
