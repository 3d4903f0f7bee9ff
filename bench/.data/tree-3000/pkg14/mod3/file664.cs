namespace App664;
public class Service664
{
    public int Add(int a, int b) => a + b + 664;
}
