namespace App724;
public class Service724
{
    public int Add(int a, int b) => a + b + 724;
}
