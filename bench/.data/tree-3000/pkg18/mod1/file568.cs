namespace App568;
public class Service568
{
    public int Add(int a, int b) => a + b + 568;
}
