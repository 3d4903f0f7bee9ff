namespace App616;
public class Service616
{
    public int Add(int a, int b) => a + b + 616;
}
