namespace App970;
public class Service970
{
    public int Add(int a, int b) => a + b + 970;
}
