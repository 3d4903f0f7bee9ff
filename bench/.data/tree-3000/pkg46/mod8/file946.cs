namespace App946;
public class Service946
{
    public int Add(int a, int b) => a + b + 946;
}
