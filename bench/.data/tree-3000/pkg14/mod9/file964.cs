namespace App964;
public class Service964
{
    public int Add(int a, int b) => a + b + 964;
}
