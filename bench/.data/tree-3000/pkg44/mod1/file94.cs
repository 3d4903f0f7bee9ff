namespace App94;
public class Service94
{
    public int Add(int a, int b) => a + b + 94;
}
