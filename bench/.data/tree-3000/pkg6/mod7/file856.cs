namespace App856;
public class Service856
{
    public int Add(int a, int b) => a + b + 856;
}
