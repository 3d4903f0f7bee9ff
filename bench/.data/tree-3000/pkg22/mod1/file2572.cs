namespace App2572;
public class Service2572
{
    public int Add(int a, int b) => a + b + 2572;
}
