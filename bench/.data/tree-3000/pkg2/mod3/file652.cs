namespace App652;
public class Service652
{
    public int Add(int a, int b) => a + b + 652;
}
