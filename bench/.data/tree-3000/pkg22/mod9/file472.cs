namespace App472;
public class Service472
{
    public int Add(int a, int b) => a + b + 472;
}
