namespace App424;
public class Service424
{
    public int Add(int a, int b) => a + b + 424;
}
