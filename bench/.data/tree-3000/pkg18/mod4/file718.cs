namespace App718;
public class Service718
{
    public int Add(int a, int b) => a + b + 718;
}
