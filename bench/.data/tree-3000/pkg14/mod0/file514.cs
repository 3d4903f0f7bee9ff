namespace App514;
public class Service514
{
    public int Add(int a, int b) => a + b + 514;
}
