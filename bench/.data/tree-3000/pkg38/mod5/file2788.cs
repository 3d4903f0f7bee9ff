namespace App2788;
public class Service2788
{
    public int Add(int a, int b) => a + b + 2788;
}
