namespace App850;
public class Service850
{
    public int Add(int a, int b) => a + b + 850;
}
