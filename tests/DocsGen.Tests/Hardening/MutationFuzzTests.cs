using DocsGen.Tests.Cli;
using DocsGen.Tests.Sites;
using Xunit.Abstractions;

namespace DocsGen.Tests.Hardening;

/// <summary>
/// A fixed-seed fuzz run: real corpus specs and Markdown pages, each mutated the way files really break
/// (bytes flipped, lines cut, repeated or swapped, brackets and quotes dropped in, the file truncated), built
/// with the docsgen command. Every run must end with exit code 0, 1 or 2 and no stack trace, within a bound far
/// above a normal build. The seed is fixed so a failure here fails the same way on every machine.
/// </summary>
public sealed class MutationFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261206;
    private const int MutantsPerInput = 6;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private static readonly string[] Specs =
    [
        "specs/museum/openapi.yaml",
        "specs/oai-examples/v3.0/petstore-expanded.yaml",
        "specs/oai-examples/v3.0/callback-example.json",
        "specs/oai-examples/v3.1/webhook-example.yaml",
        "specs/oai-examples/v2.0/json/petstore-with-external-docs.json",
        "specs/edge-cases/petstore-3.1.yaml",
    ];

    private static readonly string[] Pages =
    [
        "markdown/rust-rfcs/0002-rfc-process.md",
        "markdown/hugo-docs/getting-started/directory-structure.md",
        "markdown/mkdocs-material/docs/reference/admonitions.md",
        "markdown/jest-docusaurus/docs/GettingStarted.md",
    ];

    public static IEnumerable<object[]> Inputs => Specs.Concat(Pages).Select(path => new object[] { path });

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Mutated_inputs_end_in_a_diagnostic_never_a_crash_or_a_hang(string corpusFile)
    {
        var original = File.ReadAllBytes(CorpusFile(corpusFile));
        var random = new Random(Seed ^ StableHash(corpusFile));
        var isSpec = corpusFile.StartsWith("specs/", StringComparison.Ordinal);
        var exits = new Dictionary<int, int>();
        for (var i = 0; i < MutantsPerInput; i++)
        {
            var mutant = Mutate(original, random);
            using var site = TestSite.Copy("minimal");
            var name = isSpec ? "versions/v1/api" + Path.GetExtension(corpusFile) : "versions/v1/fuzzed.md";
            site.WriteBytes(name, mutant);
            if (isSpec)
            {
                site.Write("docsgen.yml", $"title: Fuzz\nversions:\n  - id: v1\n    apis:\n      - spec: {name}\n");
            }

            var run = await Docsgen.RunAsync("build", site.Root, "-o", site.Output).WaitAsync(Bound);

            Assert.True(run.ExitCode is 0 or 1 or 2, $"mutant {i} of {corpusFile}: exit code {run.ExitCode}\n{run.Stderr}");
            Assert.DoesNotContain("Unhandled exception", run.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at DocsGen.", run.Stderr, StringComparison.Ordinal);
            exits[run.ExitCode] = exits.GetValueOrDefault(run.ExitCode) + 1;
        }

        output.WriteLine($"{corpusFile}: {MutantsPerInput} mutants, exit codes {string.Join(", ", exits.OrderBy(e => e.Key).Select(e => $"{e.Key}×{e.Value}"))}");
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var lines = SplitLines(original);
        for (var step = random.Next(1, 4); step > 0; step--)
        {
            switch (random.Next(6))
            {
                case 0 when lines.Count > 1:
                    lines.RemoveAt(random.Next(lines.Count));
                    break;
                case 1 when lines.Count > 0:
                    var copy = lines[random.Next(lines.Count)];
                    lines.Insert(random.Next(lines.Count), copy);
                    break;
                case 2 when lines.Count > 1:
                    var (a, b) = (random.Next(lines.Count), random.Next(lines.Count));
                    (lines[a], lines[b]) = (lines[b], lines[a]);
                    break;
                case 3 when lines.Count > 0:
                    var line = lines[random.Next(lines.Count)];
                    var noise = "{}[]\"':#&*!|>-\t\0\u00ff"u8.ToArray();
                    var at = random.Next(line.Length + 1);
                    lines[lines.IndexOf(line)] = [.. line[..at], noise[random.Next(noise.Length)], .. line[at..]];
                    break;
                case 4 when lines.Count > 0:
                    var target = random.Next(lines.Count);
                    if (lines[target].Length > 0)
                    {
                        lines[target][random.Next(lines[target].Length)] ^= (byte)(1 << random.Next(8));
                    }

                    break;
                default:
                    lines = lines.Take(Math.Max(1, random.Next(lines.Count + 1))).ToList();
                    break;
            }
        }

        return lines.SelectMany(l => l.Append((byte)'\n')).ToArray();
    }

    private static List<byte[]> SplitLines(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i == bytes.Length || bytes[i] == '\n')
            {
                lines.Add(bytes[start..i]);
                start = i + 1;
            }
        }

        return lines;
    }

    private static int StableHash(string text) => text.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));

    private static string CorpusFile(string relative)
    {
        var folder = RepoPaths.Corpus(Path.GetDirectoryName(relative)!);
        return Path.Combine(folder, Path.GetFileName(relative));
    }
}
