namespace App208;
public class Service208
{
    public int Add(int a, int b) => a + b + 208;
}
