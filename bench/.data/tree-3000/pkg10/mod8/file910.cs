namespace App910;
public class Service910
{
    public int Add(int a, int b) => a + b + 910;
}
