namespace App124;
public class Service124
{
    public int Add(int a, int b) => a + b + 124;
}
