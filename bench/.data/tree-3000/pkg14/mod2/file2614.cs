namespace App2614;
public class Service2614
{
    public int Add(int a, int b) => a + b + 2614;
}
