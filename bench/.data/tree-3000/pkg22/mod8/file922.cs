namespace App922;
public class Service922
{
    public int Add(int a, int b) => a + b + 922;
}
