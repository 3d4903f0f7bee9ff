namespace App370;
public class Service370
{
    public int Add(int a, int b) => a + b + 370;
}
