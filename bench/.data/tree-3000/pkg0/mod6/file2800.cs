namespace App2800;
public class Service2800
{
    public int Add(int a, int b) => a + b + 2800;
}
