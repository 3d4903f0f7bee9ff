namespace App994;
public class Service994
{
    public int Add(int a, int b) => a + b + 994;
}
