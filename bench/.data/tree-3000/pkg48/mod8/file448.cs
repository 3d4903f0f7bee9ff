namespace App448;
public class Service448
{
    public int Add(int a, int b) => a + b + 448;
}
