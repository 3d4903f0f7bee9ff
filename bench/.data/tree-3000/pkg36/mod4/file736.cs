namespace App736;
public class Service736
{
    public int Add(int a, int b) => a + b + 736;
}
