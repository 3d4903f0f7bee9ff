namespace App100;
public class Service100
{
    public int Add(int a, int b) => a + b + 100;
}
