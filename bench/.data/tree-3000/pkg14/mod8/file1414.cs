namespace App1414;
public class Service1414
{
    public int Add(int a, int b) => a + b + 1414;
}
