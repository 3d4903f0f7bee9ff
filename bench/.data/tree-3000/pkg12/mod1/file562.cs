namespace App562;
public class Service562
{
    public int Add(int a, int b) => a + b + 562;
}
