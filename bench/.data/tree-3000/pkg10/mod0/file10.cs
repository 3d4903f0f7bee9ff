namespace App10;
public class Service10
{
    public int Add(int a, int b) => a + b + 10;
}
