namespace App190;
public class Service190
{
    public int Add(int a, int b) => a + b + 190;
}
