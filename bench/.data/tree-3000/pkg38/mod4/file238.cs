namespace App238;
public class Service238
{
    public int Add(int a, int b) => a + b + 238;
}
