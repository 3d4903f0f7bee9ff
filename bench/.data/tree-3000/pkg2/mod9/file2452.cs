namespace App2452;
public class Service2452
{
    public int Add(int a, int b) => a + b + 2452;
}
