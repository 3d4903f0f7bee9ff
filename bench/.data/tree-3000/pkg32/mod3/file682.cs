namespace App682;
public class Service682
{
    public int Add(int a, int b) => a + b + 682;
}
