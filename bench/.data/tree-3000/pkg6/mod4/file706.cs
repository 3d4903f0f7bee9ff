namespace App706;
public class Service706
{
    public int Add(int a, int b) => a + b + 706;
}
