namespace App982;
public class Service982
{
    public int Add(int a, int b) => a + b + 982;
}
