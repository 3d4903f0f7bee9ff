namespace App286;
public class Service286
{
    public int Add(int a, int b) => a + b + 286;
}
