namespace App2752;
public class Service2752
{
    public int Add(int a, int b) => a + b + 2752;
}
