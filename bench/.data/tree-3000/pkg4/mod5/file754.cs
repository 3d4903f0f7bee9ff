namespace App754;
public class Service754
{
    public int Add(int a, int b) => a + b + 754;
}
