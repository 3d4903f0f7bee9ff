namespace App154;
public class Service154
{
    public int Add(int a, int b) => a + b + 154;
}
