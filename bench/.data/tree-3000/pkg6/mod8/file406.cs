namespace App406;
public class Service406
{
    public int Add(int a, int b) => a + b + 406;
}
