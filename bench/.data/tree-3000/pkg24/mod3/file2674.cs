namespace App2674;
public class Service2674
{
    public int Add(int a, int b) => a + b + 2674;
}
