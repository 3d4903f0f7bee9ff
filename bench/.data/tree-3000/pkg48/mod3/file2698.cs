namespace App2698;
public class Service2698
{
    public int Add(int a, int b) => a + b + 2698;
}
