namespace App694;
public class Service694
{
    public int Add(int a, int b) => a + b + 694;
}
