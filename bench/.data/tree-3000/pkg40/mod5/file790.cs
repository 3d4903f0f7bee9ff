namespace App790;
public class Service790
{
    public int Add(int a, int b) => a + b + 790;
}
