namespace App2626;
public class Service2626
{
    public int Add(int a, int b) => a + b + 2626;
}
