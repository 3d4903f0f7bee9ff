namespace App958;
public class Service958
{
    public int Add(int a, int b) => a + b + 958;
}
