namespace App2560;
public class Service2560
{
    public int Add(int a, int b) => a + b + 2560;
}
