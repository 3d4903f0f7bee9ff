namespace App838;
public class Service838
{
    public int Add(int a, int b) => a + b + 838;
}
