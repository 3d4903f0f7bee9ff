namespace App478;
public class Service478
{
    public int Add(int a, int b) => a + b + 478;
}
