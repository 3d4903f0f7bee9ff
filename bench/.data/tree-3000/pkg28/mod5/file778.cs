namespace App778;
public class Service778
{
    public int Add(int a, int b) => a + b + 778;
}
