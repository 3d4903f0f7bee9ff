namespace App940;
public class Service940
{
    public int Add(int a, int b) => a + b + 940;
}
