namespace App2722;
public class Service2722
{
    public int Add(int a, int b) => a + b + 2722;
}
