namespace App76;
public class Service76
{
    public int Add(int a, int b) => a + b + 76;
}
