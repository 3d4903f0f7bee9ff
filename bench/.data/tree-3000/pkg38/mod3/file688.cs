namespace App688;
public class Service688
{
    public int Add(int a, int b) => a + b + 688;
}
