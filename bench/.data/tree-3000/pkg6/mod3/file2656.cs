namespace App2656;
public class Service2656
{
    public int Add(int a, int b) => a + b + 2656;
}
