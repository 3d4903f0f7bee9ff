namespace App70;
public class Service70
{
    public int Add(int a, int b) => a + b + 70;
}
