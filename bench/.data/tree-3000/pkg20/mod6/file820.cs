namespace App820;
public class Service820
{
    public int Add(int a, int b) => a + b + 820;
}
