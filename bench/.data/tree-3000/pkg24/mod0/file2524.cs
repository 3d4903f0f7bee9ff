namespace App2524;
public class Service2524
{
    public int Add(int a, int b) => a + b + 2524;
}
