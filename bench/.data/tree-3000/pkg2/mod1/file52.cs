namespace App52;
public class Service52
{
    public int Add(int a, int b) => a + b + 52;
}
