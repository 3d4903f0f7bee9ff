namespace App2794;
public class Service2794
{
    public int Add(int a, int b) => a + b + 2794;
}
