namespace App916;
public class Service916
{
    public int Add(int a, int b) => a + b + 916;
}
