namespace DocsGen.Cli;

public static class CommandLine
{
    public static int Run(string[] args)
    {
        Console.WriteLine("docsgen");
        return args.Length == 0 ? 0 : 2;
    }
}
