namespace App592;
public class Service592
{
    public int Add(int a, int b) => a + b + 592;
}
