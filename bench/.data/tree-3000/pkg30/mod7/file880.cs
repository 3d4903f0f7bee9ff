namespace App880;
public class Service880
{
    public int Add(int a, int b) => a + b + 880;
}
