namespace App952;
public class Service952
{
    public int Add(int a, int b) => a + b + 952;
}
