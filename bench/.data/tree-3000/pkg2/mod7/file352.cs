namespace App352;
public class Service352
{
    public int Add(int a, int b) => a + b + 352;
}
