namespace App844;
public class Service844
{
    public int Add(int a, int b) => a + b + 844;
}
