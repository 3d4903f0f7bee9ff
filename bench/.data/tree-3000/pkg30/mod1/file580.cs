namespace App580;
public class Service580
{
    public int Add(int a, int b) => a + b + 580;
}
