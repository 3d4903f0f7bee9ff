namespace App484;
public class Service484
{
    public int Add(int a, int b) => a + b + 484;
}
