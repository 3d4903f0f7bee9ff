namespace App202;
public class Service202
{
    public int Add(int a, int b) => a + b + 202;
}
