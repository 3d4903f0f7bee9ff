namespace App310;
public class Service310
{
    public int Add(int a, int b) => a + b + 310;
}
