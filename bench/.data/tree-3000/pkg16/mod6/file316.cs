namespace App316;
public class Service316
{
    public int Add(int a, int b) => a + b + 316;
}
