namespace App2926;
public class Service2926
{
    public int Add(int a, int b) => a + b + 2926;
}
