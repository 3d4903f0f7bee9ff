namespace App976;
public class Service976
{
    public int Add(int a, int b) => a + b + 976;
}
