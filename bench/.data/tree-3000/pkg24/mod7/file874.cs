namespace App874;
public class Service874
{
    public int Add(int a, int b) => a + b + 874;
}
