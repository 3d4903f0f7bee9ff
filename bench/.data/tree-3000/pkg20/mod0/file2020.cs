namespace App2020;
public class Service2020
{
    public int Add(int a, int b) => a + b + 2020;
}
