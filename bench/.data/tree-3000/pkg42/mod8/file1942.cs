namespace App1942;
public class Service1942
{
    public int Add(int a, int b) => a + b + 1942;
}
