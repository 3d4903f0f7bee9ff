namespace App988;
public class Service988
{
    public int Add(int a, int b) => a + b + 988;
}
