using System.Globalization;
using DocsGen.Bench.Measurement;
using DocsGen.Tests.Hardening;

namespace DocsGen.Bench.Commands;

/// <summary>
/// Builds the inputs that were super-linear (a chain of 1,000 schema files, 5,000 chained schemas, 20,000
/// equal headings) with the docsgen program, each with half the size beside it: a time that grows by about 2×
/// from half to full size is linear, 4× is quadratic.
/// </summary>
internal sealed class HostileCommand : IBenchCommand
{
    private static readonly (string Name, int Size, Action<string, int> Write)[] Inputs =
    [
        ("external $ref chain (files)", 1000, HostileSites.ExternalRefChain),
        ("local schema chain (schemas)", 5000, HostileSites.LocalSchemaChain),
        ("equal headings", 20000, HostileSites.EqualHeadings),
    ];

    public string Name => "hostile";

    public string Usage => "hostile [--runs N]";

    public string Description => "Build once-quadratic inputs at half and full size; print time, memory and the growth ratio.";

    public async Task<int> RunAsync(string[] args)
    {
        var runs = args.Length == 2 && args[0] == "--runs" && int.TryParse(args[1], CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 3;
        var docsgen = Path.Combine(AppContext.BaseDirectory, "docsgen.dll");
        var rows = new List<string[]>();
        foreach (var (name, size, write) in Inputs)
        {
            var medians = new List<double>();
            foreach (var scale in new[] { size / 2, size })
            {
                var work = Path.Combine(Path.GetTempPath(), "docsgen-bench", $"hostile-{Environment.ProcessId}-{scale}");
                try
                {
                    write(Path.Combine(work, "site"), scale);
                    var results = new List<ChildProcess.Result>();
                    for (var i = 0; i < runs; i++)
                    {
                        Folders.DeleteQuietly(Path.Combine(work, "out"));
                        results.Add(await ChildProcess.RunAsync("dotnet", [docsgen, "build", Path.Combine(work, "site"), "-o", Path.Combine(work, "out")], work));
                    }

                    var wall = results.Select(r => r.Wall.TotalSeconds).Order().ElementAt(results.Count / 2);
                    medians.Add(wall);
                    rows.Add([name, scale.ToString(CultureInfo.InvariantCulture), results.All(r => r.ExitCode == 0) ? "ok" : $"exit {results[0].ExitCode}",
                        wall.ToString("0.00", CultureInfo.InvariantCulture), (results.Max(r => r.PeakBytes) / 1048576.0).ToString("0", CultureInfo.InvariantCulture),
                        medians.Count == 2 ? (medians[1] / medians[0]).ToString("0.00", CultureInfo.InvariantCulture) : ""]);
                }
                finally
                {
                    Folders.DeleteQuietly(work);
                }
            }
        }

        Console.WriteLine(TextTable.Format(["input", "size", "build", "median wall s", "peak MB", "full/half"], rows));
        return 0;
    }
}
