namespace App2686;
public class Service2686
{
    public int Add(int a, int b) => a + b + 2686;
}
