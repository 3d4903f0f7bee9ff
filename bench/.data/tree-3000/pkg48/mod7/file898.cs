namespace App898;
public class Service898
{
    public int Add(int a, int b) => a + b + 898;
}
