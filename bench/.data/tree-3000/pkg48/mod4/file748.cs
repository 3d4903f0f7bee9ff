namespace App748;
public class Service748
{
    public int Add(int a, int b) => a + b + 748;
}
