namespace App2728;
public class Service2728
{
    public int Add(int a, int b) => a + b + 2728;
}
