namespace App598;
public class Service598
{
    public int Add(int a, int b) => a + b + 598;
}
