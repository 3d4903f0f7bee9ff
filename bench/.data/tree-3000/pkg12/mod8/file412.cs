namespace App412;
public class Service412
{
    public int Add(int a, int b) => a + b + 412;
}
