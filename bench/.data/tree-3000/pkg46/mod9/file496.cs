namespace App496;
public class Service496
{
    public int Add(int a, int b) => a + b + 496;
}
