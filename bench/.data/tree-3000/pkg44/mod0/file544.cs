namespace App544;
public class Service544
{
    public int Add(int a, int b) => a + b + 544;
}
