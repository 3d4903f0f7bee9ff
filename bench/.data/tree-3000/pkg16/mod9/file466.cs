namespace App466;
public class Service466
{
    public int Add(int a, int b) => a + b + 466;
}
