namespace App268;
public class Service268
{
    public int Add(int a, int b) => a + b + 268;
}
