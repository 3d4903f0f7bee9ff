namespace App400;
public class Service400
{
    public int Add(int a, int b) => a + b + 400;
}
