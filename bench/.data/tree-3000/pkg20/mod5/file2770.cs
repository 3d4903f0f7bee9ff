namespace App2770;
public class Service2770
{
    public int Add(int a, int b) => a + b + 2770;
}
