namespace App2680;
public class Service2680
{
    public int Add(int a, int b) => a + b + 2680;
}
