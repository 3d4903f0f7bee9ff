namespace App118;
public class Service118
{
    public int Add(int a, int b) => a + b + 118;
}
