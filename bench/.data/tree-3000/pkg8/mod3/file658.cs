namespace App658;
public class Service658
{
    public int Add(int a, int b) => a + b + 658;
}
