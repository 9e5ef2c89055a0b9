namespace DocsGen.Tests.Shipping;

/// <summary>The parts of a Dockerfile the shipping test runs without Docker: stages, RUN commands, ENTRYPOINT and CMD.</summary>
internal sealed record Dockerfile(IReadOnlyList<DockerStage> Stages, IReadOnlyList<string> Entrypoint, IReadOnlyList<string> Cmd)
{
    public static Dockerfile Read(string path)
    {
        // Join continuation lines first, then drop comments.
        var text = File.ReadAllText(path).Replace("\\\n", " ", StringComparison.Ordinal);
        var stages = new List<DockerStage>();
        IReadOnlyList<string> entrypoint = [];
        IReadOnlyList<string> cmd = [];
        foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var space = line.IndexOf(' ');
            var (instruction, rest) = (line[..space], line[(space + 1)..].Trim());
            switch (instruction)
            {
                case "FROM":
                    stages.Add(new DockerStage(rest.Split(' ')[0], new List<string>()));
                    break;
                case "RUN":
                    ((List<string>)stages[^1].Runs).Add(System.Text.RegularExpressions.Regex.Replace(rest, " {2,}", " "));
                    break;
                case "ENTRYPOINT":
                    entrypoint = System.Text.Json.JsonSerializer.Deserialize<string[]>(rest)!;
                    break;
                case "CMD":
                    cmd = System.Text.Json.JsonSerializer.Deserialize<string[]>(rest)!;
                    break;
            }
        }

        return new Dockerfile(stages, entrypoint, cmd);
    }
}

internal sealed record DockerStage(string From, IReadOnlyList<string> Runs);
