namespace App16;
public class Service16
{
    public int Add(int a, int b) => a + b + 16;
}
