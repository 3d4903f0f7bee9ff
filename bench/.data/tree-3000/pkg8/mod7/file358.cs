namespace App358;
public class Service358
{
    public int Add(int a, int b) => a + b + 358;
}
