namespace App2782;
public class Service2782
{
    public int Add(int a, int b) => a + b + 2782;
}
