namespace App106;
public class Service106
{
    public int Add(int a, int b) => a + b + 106;
}
