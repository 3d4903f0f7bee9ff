namespace App712;
public class Service712
{
    public int Add(int a, int b) => a + b + 712;
}
