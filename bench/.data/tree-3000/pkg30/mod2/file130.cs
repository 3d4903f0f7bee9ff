namespace App130;
public class Service130
{
    public int Add(int a, int b) => a + b + 130;
}
