namespace App22;
public class Service22
{
    public int Add(int a, int b) => a + b + 22;
}
