namespace App862;
public class Service862
{
    public int Add(int a, int b) => a + b + 862;
}
