namespace App1306;
public class Service1306
{
    public int Add(int a, int b) => a + b + 1306;
}
