namespace App766;
public class Service766
{
    public int Add(int a, int b) => a + b + 766;
}
