namespace App4;
public class Service4
{
    public int Add(int a, int b) => a + b + 4;
}
