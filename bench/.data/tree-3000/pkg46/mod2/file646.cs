namespace App646;
public class Service646
{
    public int Add(int a, int b) => a + b + 646;
}
