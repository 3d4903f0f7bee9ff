namespace App232;
public class Service232
{
    public int Add(int a, int b) => a + b + 232;
}
