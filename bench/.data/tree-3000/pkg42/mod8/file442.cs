namespace App442;
public class Service442
{
    public int Add(int a, int b) => a + b + 442;
}
