using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace DocsGen.Tests.Shipping;

/// <summary>
/// Runs the `run:` steps of a GitHub Actions workflow or composite action (action.yml) the way a
/// runner would, without GitHub: expressions filled in from a fixed set of contexts, the env blocks
/// exported, $GITHUB_PATH/$GITHUB_ENV/$GITHUB_OUTPUT honoured, `if:` conditions evaluated. `uses:`
/// steps are handed to a callback that knows what each action would have done (checkout: nothing,
/// upload-pages-artifact: the folder must exist). An expression or condition this runner does not
/// understand fails the test, so a workflow cannot depend on something the test never ran.
/// </summary>
internal sealed partial class WorkflowSteps
{
    private readonly Sandbox _sandbox;
    private readonly Dictionary<string, string> _contexts;
    private readonly Dictionary<string, string> _env = new(StringComparer.Ordinal);
    private readonly List<string> _path = [];
    private readonly string _runnerTemp;

    public WorkflowSteps(Sandbox sandbox, IReadOnlyDictionary<string, string>? contexts = null)
    {
        _sandbox = sandbox;
        // A runner temp of its own per job run: a second workflow in the same sandbox starts clean, as on GitHub.
        _runnerTemp = Path.Combine(sandbox.Home, "runner-temp-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_runnerTemp);
        _contexts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["github.repository_owner"] = "octo-org",
            ["github.event.repository.name"] = "docs",
            ["github.repository"] = "octo-org/docs",
            ["github.event_name"] = "push",
            ["github.ref"] = "refs/heads/main",
            ["github.sha"] = "0123456789abcdef0123456789abcdef01234567",
            ["github.workspace"] = sandbox.Work,
            ["github.event.pull_request.number"] = "42",
            ["runner.temp"] = _runnerTemp,
        };
        foreach (var (name, value) in contexts ?? new Dictionary<string, string>())
        {
            _contexts[name] = value;
        }
    }

    /// <summary>What each `uses:` step saw: the action and its `with:` values, expressions filled in.</summary>
    public List<(string Uses, IReadOnlyDictionary<string, string> With)> UsedActions { get; } = [];

    /// <summary>What the runs printed, in order, for assertions on annotations.</summary>
    public List<ShellRun> Runs { get; } = [];

    public string RunnerTemp => _runnerTemp;

    public string StepSummary => Path.Combine(_runnerTemp, "step-summary.md");

    /// <summary>Runs every job of a workflow file in order.</summary>
    public async Task RunWorkflowAsync(string yaml, Func<string, IReadOnlyDictionary<string, string>, Task>? onUses = null)
    {
        var root = Load(yaml);
        AddEnv(root, _env);
        var jobs = (YamlMappingNode)root.Children[new YamlScalarNode("jobs")];
        foreach (var (_, jobNode) in jobs.Children)
        {
            var job = (YamlMappingNode)jobNode;
            if (Scalar(job, "if") is { } condition && !Evaluate(condition))
            {
                continue;
            }

            // A matrix job runs once per combination, one after another here (on GitHub, side by side).
            foreach (var combination in Matrix(job))
            {
                foreach (var (name, value) in combination)
                {
                    _contexts["matrix." + name] = value;
                }

                // Every job gets a fresh runner on GitHub: no global tool an earlier job installed.
                var globalTools = Path.Combine(_sandbox.Home, ".dotnet", "tools");
                if (Directory.Exists(globalTools))
                {
                    Directory.Delete(globalTools, recursive: true);
                }

                var saved = new Dictionary<string, string>(_env);
                AddEnv(job, _env);
                if (job.Children.TryGetValue(new YamlScalarNode("steps"), out var steps))
                {
                    await RunStepsAsync((YamlSequenceNode)steps, onUses);
                }

                _env.Clear();
                foreach (var (name, value) in saved)
                {
                    _env[name] = value;
                }

                MatrixRuns.Add(combination);
            }
        }
    }

    /// <summary>Every combination a job ran with (an empty one for a job without a matrix), in order.</summary>
    public List<IReadOnlyDictionary<string, string>> MatrixRuns { get; } = [];

    /// <summary>The combinations of `strategy.matrix` (lists of scalars only; include/exclude fail the test).</summary>
    private static List<IReadOnlyDictionary<string, string>> Matrix(YamlMappingNode job)
    {
        var combinations = new List<IReadOnlyDictionary<string, string>> { new Dictionary<string, string>() };
        if (!job.Children.TryGetValue(new YamlScalarNode("strategy"), out var strategy)
            || !((YamlMappingNode)strategy).Children.TryGetValue(new YamlScalarNode("matrix"), out var matrix))
        {
            return combinations;
        }

        foreach (var (keyNode, valuesNode) in ((YamlMappingNode)matrix).Children)
        {
            var key = ((YamlScalarNode)keyNode).Value!;
            Assert.True(valuesNode is YamlSequenceNode, $"matrix.{key} is not a list of values; this test runs only plain matrices.");
            var values = ((YamlSequenceNode)valuesNode).Children.Select(v => ((YamlScalarNode)v).Value ?? "").ToList();
            combinations = combinations.SelectMany(c => values.Select(v => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>(c) { [key] = v })).ToList();
        }

        return combinations;
    }

    /// <summary>Runs a composite action's steps with these inputs (the rest take their defaults).</summary>
    public async Task RunActionAsync(string yaml, string actionPath, IReadOnlyDictionary<string, string> inputs, Func<string, IReadOnlyDictionary<string, string>, Task>? onUses = null)
    {
        var root = Load(yaml);
        _contexts["github.action_path"] = actionPath;
        if (root.Children.TryGetValue(new YamlScalarNode("inputs"), out var declared))
        {
            foreach (var (nameNode, specNode) in ((YamlMappingNode)declared).Children)
            {
                var name = ((YamlScalarNode)nameNode).Value!;
                _contexts["inputs." + name] = Scalar((YamlMappingNode)specNode, "default") ?? "";
            }
        }

        foreach (var (name, value) in inputs)
        {
            Assert.True(_contexts.ContainsKey("inputs." + name), $"action.yml declares no input '{name}'.");
            _contexts["inputs." + name] = value;
        }

        var runs = (YamlMappingNode)root.Children[new YamlScalarNode("runs")];
        Assert.Equal("composite", Scalar(runs, "using"));
        await RunStepsAsync((YamlSequenceNode)runs.Children[new YamlScalarNode("steps")], onUses);
    }

    private async Task RunStepsAsync(YamlSequenceNode steps, Func<string, IReadOnlyDictionary<string, string>, Task>? onUses)
    {
        var failed = false;
        foreach (var stepNode in steps)
        {
            var step = (YamlMappingNode)stepNode;
            var condition = Scalar(step, "if");
            var runs = condition is null ? !failed : Evaluate(condition, failed);
            if (!runs)
            {
                continue;
            }

            if (Scalar(step, "uses") is { } uses)
            {
                var with = new Dictionary<string, string>(StringComparer.Ordinal);
                if (step.Children.TryGetValue(new YamlScalarNode("with"), out var withNode))
                {
                    foreach (var (key, value) in ((YamlMappingNode)withNode).Children)
                    {
                        with[((YamlScalarNode)key).Value!] = Fill(((YamlScalarNode)value).Value ?? "");
                    }
                }

                UsedActions.Add((uses, with));
                if (onUses is not null)
                {
                    await onUses(uses, with);
                }

                continue;
            }

            var script = Fill(Scalar(step, "run") ?? throw new InvalidOperationException("A step without run: or uses:"));
            var environment = new Dictionary<string, string>(_env);
            AddEnv(step, environment);
            var folder = Scalar(step, "working-directory") is { } wd ? Path.Combine(_sandbox.Work, Fill(wd)) : _sandbox.Work;
            var run = await _sandbox.RunAsync(script, folder, Runner(environment));
            Runs.Add(run);
            ReadFileCommands();
            if (run.ExitCode != 0 && Scalar(step, "continue-on-error") != "true")
            {
                // Later steps run only with `if: always()` or failure() (e.g. the SARIF upload), as on GitHub.
                failed = true;
                LastFailure = run;
            }
        }
    }

    /// <summary>The step that failed the job, if one did.</summary>
    public ShellRun? LastFailure { get; private set; }

    /// <summary>The environment a GitHub runner gives every step, on top of the sandbox's.</summary>
    private Dictionary<string, string> Runner(Dictionary<string, string> stepEnv)
    {
        var environment = new Dictionary<string, string>(stepEnv)
        {
            ["CI"] = "true",
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_WORKSPACE"] = _sandbox.Work,
            ["RUNNER_TEMP"] = _runnerTemp,
            ["GITHUB_PATH"] = Path.Combine(_runnerTemp, "path"),
            ["GITHUB_ENV"] = Path.Combine(_runnerTemp, "env"),
            ["GITHUB_OUTPUT"] = Path.Combine(_runnerTemp, "output"),
            ["GITHUB_STEP_SUMMARY"] = StepSummary,
            ["GITHUB_EVENT_NAME"] = _contexts["github.event_name"],
            ["GITHUB_REPOSITORY"] = _contexts["github.repository"],
        };
        if (_path.Count > 0)
        {
            environment["PATH"] = string.Join(':', _path.AsEnumerable().Reverse()) + ":" + _sandbox.Environment["PATH"];
        }

        return environment;
    }

    private void ReadFileCommands()
    {
        var pathFile = Path.Combine(_runnerTemp, "path");
        if (File.Exists(pathFile))
        {
            _path.AddRange(File.ReadAllLines(pathFile).Where(line => line.Length > 0));
            File.Delete(pathFile);
        }

        var envFile = Path.Combine(_runnerTemp, "env");
        if (File.Exists(envFile))
        {
            foreach (var line in File.ReadAllLines(envFile).Where(line => line.Contains('=')))
            {
                _env[line[..line.IndexOf('=')]] = line[(line.IndexOf('=') + 1)..];
            }

            File.Delete(envFile);
        }
    }

    private void AddEnv(YamlMappingNode node, Dictionary<string, string> into)
    {
        if (node.Children.TryGetValue(new YamlScalarNode("env"), out var env))
        {
            foreach (var (key, value) in ((YamlMappingNode)env).Children)
            {
                var name = ((YamlScalarNode)key).Value!;
                into[name] = Fill(((YamlScalarNode)value).Value ?? "");
                _contexts["env." + name] = into[name];
            }
        }
    }

    /// <summary>Replaces each ${{ context.name }} with its value; anything else fails the test.</summary>
    public string Fill(string text) => Expression().Replace(text, match => Lookup(match.Groups[1].Value.Trim()));

    private string Lookup(string name)
    {
        Assert.True(_contexts.TryGetValue(name, out var value), $"The workflow uses ${{{{ {name} }}}}, which this test does not know how to fill in; add it to WorkflowSteps' contexts.");
        return value!;
    }

    /// <summary>`if:` conditions: terms joined by "and" (&amp;&amp;), each `ctx == 'x'`, `ctx != 'x'`, always(), success(), failure() or !cancelled().</summary>
    private bool Evaluate(string condition, bool failed = false)
    {
        var text = condition.Trim();
        if (text.StartsWith("${{", StringComparison.Ordinal))
        {
            text = text[3..^2].Trim();
        }

        var alwaysLike = false;
        var result = true;
        foreach (var term in text.Split("&&").Select(t => t.Trim()))
        {
            switch (term)
            {
                case "always()" or "!cancelled()":
                    alwaysLike = true;
                    break;
                case "success()":
                    result &= !failed;
                    alwaysLike = true;
                    break;
                case "failure()":
                    result &= failed;
                    alwaysLike = true;
                    break;
                default:
                    var comparison = Comparison().Match(term);
                    Assert.True(comparison.Success, $"The condition '{condition}' has a term this test cannot evaluate: '{term}'.");
                    var equal = Lookup(comparison.Groups[1].Value) == comparison.Groups[3].Value;
                    result &= comparison.Groups[2].Value == "==" ? equal : !equal;
                    break;
            }
        }

        // Without a status function a condition implies success(), as on GitHub.
        return result && (alwaysLike || !failed);
    }

    private static YamlMappingNode Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    [GeneratedRegex(@"\$\{\{(.+?)\}\}")]
    private static partial Regex Expression();

    [GeneratedRegex(@"^([\w.-]+)\s*(==|!=)\s*'([^']*)'$")]
    private static partial Regex Comparison();
}
