namespace App322;
public class Service322
{
    public int Add(int a, int b) => a + b + 322;
}
