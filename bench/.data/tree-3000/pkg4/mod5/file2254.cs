namespace App2254;
public class Service2254
{
    public int Add(int a, int b) => a + b + 2254;
}
