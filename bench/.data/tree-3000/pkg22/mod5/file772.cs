namespace App772;
public class Service772
{
    public int Add(int a, int b) => a + b + 772;
}
