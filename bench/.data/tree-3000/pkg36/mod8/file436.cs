namespace App436;
public class Service436
{
    public int Add(int a, int b) => a + b + 436;
}
