namespace App430;
public class Service430
{
    public int Add(int a, int b) => a + b + 430;
}
