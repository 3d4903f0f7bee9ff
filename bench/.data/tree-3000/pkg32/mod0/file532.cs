namespace App532;
public class Service532
{
    public int Add(int a, int b) => a + b + 532;
}
