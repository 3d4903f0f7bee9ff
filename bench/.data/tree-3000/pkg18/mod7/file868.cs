namespace App868;
public class Service868
{
    public int Add(int a, int b) => a + b + 868;
}
