namespace App148;
public class Service148
{
    public int Add(int a, int b) => a + b + 148;
}
