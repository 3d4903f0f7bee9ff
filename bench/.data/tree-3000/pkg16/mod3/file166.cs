namespace App166;
public class Service166
{
    public int Add(int a, int b) => a + b + 166;
}
