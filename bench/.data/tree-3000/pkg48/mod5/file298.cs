namespace App298;
public class Service298
{
    public int Add(int a, int b) => a + b + 298;
}
