namespace App622;
public class Service622
{
    public int Add(int a, int b) => a + b + 622;
}
