namespace App2026;
public class Service2026
{
    public int Add(int a, int b) => a + b + 2026;
}
