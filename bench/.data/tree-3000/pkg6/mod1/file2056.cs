namespace App2056;
public class Service2056
{
    public int Add(int a, int b) => a + b + 2056;
}
