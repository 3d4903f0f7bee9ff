namespace App886;
public class Service886
{
    public int Add(int a, int b) => a + b + 886;
}
