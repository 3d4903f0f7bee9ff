namespace App904;
public class Service904
{
    public int Add(int a, int b) => a + b + 904;
}
