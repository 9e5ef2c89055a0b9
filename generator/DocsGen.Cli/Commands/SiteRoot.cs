using System.CommandLine;

namespace DocsGen.Cli.Commands;

/// <summary>Which site a command works on when none is named.</summary>
internal static class SiteRoot
{
    /// <summary>
    /// The optional ROOT argument, which must not swallow a misspelled option: without this check
    /// `build --strcit` builds a folder called "--strcit" and fails with a confusing config error.
    /// </summary>
    public static Argument<string?> Argument()
    {
        var root = new Argument<string?>("root") { Description = "Folder with docsgen.yml, or the file itself (default: ., ./content, or the bundled site).", Arity = ArgumentArity.ZeroOrOne };
        root.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: var value }] && value.StartsWith('-'))
            {
                result.AddError($"Unrecognized option '{value}'.");
            }
        });
        return root;
    }

    /// <summary>
    /// The named folder; else the current folder when it has docsgen.yml; else ./content (a DocsGen
    /// checkout); else the bundled site shipped with the program.
    /// </summary>
    public static (string Root, bool IsBundled) Find(string? given)
    {
        if (!string.IsNullOrEmpty(given))
        {
            // ROOT may name the config file itself (docsgen build docs/docsgen.yml): the site is its folder.
            var full = Path.GetFullPath(given);
            return (File.Exists(full) && Path.GetFileName(full) == "docsgen.yml" ? Path.GetDirectoryName(full)! : full, false);
        }

        var cwd = Directory.GetCurrentDirectory();
        if (File.Exists(Path.Combine(cwd, "docsgen.yml")))
        {
            return (cwd, false);
        }

        if (File.Exists(Path.Combine(cwd, "content", "docsgen.yml")))
        {
            return (Path.Combine(cwd, "content"), false);
        }

        return (Path.Combine(AppContext.BaseDirectory, "bundled", "content"), true);
    }
}
