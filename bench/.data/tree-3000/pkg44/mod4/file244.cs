namespace App244;
public class Service244
{
    public int Add(int a, int b) => a + b + 244;
}
