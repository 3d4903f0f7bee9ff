namespace App556;
public class Service556
{
    public int Add(int a, int b) => a + b + 556;
}
