namespace App508;
public class Service508
{
    public int Add(int a, int b) => a + b + 508;
}
