namespace App814;
public class Service814
{
    public int Add(int a, int b) => a + b + 814;
}
