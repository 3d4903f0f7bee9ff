namespace App250;
public class Service250
{
    public int Add(int a, int b) => a + b + 250;
}
