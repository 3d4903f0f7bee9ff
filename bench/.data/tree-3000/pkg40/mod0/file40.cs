namespace App40;
public class Service40
{
    public int Add(int a, int b) => a + b + 40;
}
