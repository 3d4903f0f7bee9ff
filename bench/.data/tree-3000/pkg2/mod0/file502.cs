namespace App502;
public class Service502
{
    public int Add(int a, int b) => a + b + 502;
}
