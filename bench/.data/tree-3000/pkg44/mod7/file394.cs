namespace App394;
public class Service394
{
    public int Add(int a, int b) => a + b + 394;
}
