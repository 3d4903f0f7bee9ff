namespace App550;
public class Service550
{
    public int Add(int a, int b) => a + b + 550;
}
