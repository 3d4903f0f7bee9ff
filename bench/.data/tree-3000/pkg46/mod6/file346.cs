namespace App346;
public class Service346
{
    public int Add(int a, int b) => a + b + 346;
}
