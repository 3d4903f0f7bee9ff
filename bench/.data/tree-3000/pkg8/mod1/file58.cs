namespace App58;
public class Service58
{
    public int Add(int a, int b) => a + b + 58;
}
