using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Xml.Linq;
using DocsGen.Output.Parts;
using DocsGen.Scaffolding;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Shipping;

/// <summary>
/// DocsGen as users get it: the tool package `dotnet pack` makes, installed with `dotnet tool install`
/// into an empty sandbox whose only NuGet source is that package, and every install and CI
/// instruction we publish (README, bundled docs, `docsgen new`'s workflow, action.yml, Dockerfile)
/// run against it. Packing takes most of the time, so it happens once for the class.
/// </summary>
[Collection(ShippingCollection.Name)]
public sealed class ToolPackageTests(PackedTool tool) : IClassFixture<PackedTool>
{
    private static readonly XNamespace Nuspec2013 = "http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd";

    [Fact]
    public void The_package_is_a_dotnet_tool_called_docsgen_with_readme_license_and_repository()
    {
        using var pointer = tool.OpenPackage("DocsGen");
        var metadata = NuspecMetadata(pointer);
        Assert.Equal("DocsGen", Value(metadata, "id"));
        Assert.Equal("DotnetTool", metadata.Descendants().Single(e => e.Name.LocalName == "packageType").Attribute("name")!.Value);
        Assert.Equal("MIT", Value(metadata, "license"));
        Assert.Equal("PackageReadme.md", Value(metadata, "readme"));
        Assert.NotNull(pointer.GetEntry("PackageReadme.md"));
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("https://github.com/docsgen/docsgen", repository.Attribute("url")!.Value);
        Assert.Matches("^[0-9a-f]{40}$", repository.Attribute("commit")!.Value);

        // The pointer names the command and the package for each platform, plus the portable fallback.
        var settings = XDocument.Load(pointer.GetEntry("tools/any/any/DotnetToolSettings.xml")!.Open());
        Assert.Equal("docsgen", settings.Descendants("Command").Single().Attribute("Name")!.Value);
        var rids = settings.Descendants("RuntimeIdentifierPackage").Select(e => e.Attribute("RuntimeIdentifier")!.Value).ToList();
        Assert.Contains(PackedTool.Rid, rids);
        Assert.Contains("any", rids);
    }

    [Fact]
    public void The_platform_package_carries_the_engine_precompiled_the_default_theme_and_the_bundled_site()
    {
        using var package = tool.OpenPackage("DocsGen." + PackedTool.Rid);
        var tools = $"tools/net10.0/{PackedTool.Rid}/";
        var files = package.Entries.Select(e => e.FullName).Where(name => name.StartsWith(tools, StringComparison.Ordinal)).Select(name => name[tools.Length..]).ToHashSet();

        Assert.Contains("docsgen.dll", files);
        Assert.Contains("DocsGen.Engine.dll", files);
        foreach (var (folder, bundled) in new[] { ("themes", "bundled/themes/"), ("content", "bundled/content/") })
        {
            var inRepo = Directory.GetFiles(Path.Combine(RepoPaths.Root, folder), "*", SearchOption.AllDirectories)
                .Select(f => bundled + Path.GetRelativePath(Path.Combine(RepoPaths.Root, folder), f).Replace('\\', '/'))
                .ToList();
            Assert.NotEmpty(inRepo);
            Assert.All(inRepo, file => Assert.Contains(file, files));
        }

        // ReadyToRun: the assemblies carry native code for the platform, so the tool starts without JIT-compiling them.
        foreach (var assembly in new[] { "docsgen.dll", "DocsGen.Engine.dll", "Markdig.dll", "Microsoft.OpenApi.dll" })
        {
            Assert.True(IsReadyToRun(package, tools + assembly), $"{assembly} in DocsGen.{PackedTool.Rid} is not ReadyToRun code.");
        }

        using var portable = tool.OpenPackage("DocsGen.any");
        Assert.False(IsReadyToRun(portable, "tools/net10.0/any/DocsGen.Engine.dll"), "The 'any' fallback must be plain IL, runnable on every platform.");
        Assert.Contains(portable.Entries, e => e.FullName == "tools/net10.0/any/bundled/themes/default/assets/docsgen.css");
        Assert.Contains(portable.Entries, e => e.FullName == "tools/net10.0/any/bundled/content/docsgen.yml");

        // SourceLink: the engine's symbols map its sources to the repository at the packed commit.
        using var pdb = new MemoryStream();
        package.GetEntry(tools + "DocsGen.Engine.pdb")!.Open().CopyTo(pdb);
        pdb.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(pdb);
        var reader = provider.GetMetadataReader();
        var sourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
        var sourceLink = reader.CustomDebugInformation.Select(reader.GetCustomDebugInformation)
            .Single(info => reader.GetGuid(info.Kind) == sourceLinkKind);
        var json = System.Text.Encoding.UTF8.GetString(reader.GetBlobBytes(sourceLink.Value));
        Assert.Contains("https://raw.githubusercontent.com/docsgen/docsgen/", json);
    }

    [Fact]
    public async Task Installed_into_a_tool_path_it_creates_builds_and_checks_a_site_from_an_empty_folder()
    {
        var sandbox = tool.NewSandbox();
        var tools = Path.Combine(sandbox.Home, "tools");
        (await sandbox.RunAsync($"dotnet tool install DocsGen --tool-path '{tools}'")).AssertSucceeded();
        var docsgen = Path.Combine(tools, "docsgen");

        var version = (await sandbox.RunAsync($"'{docsgen}' --version")).AssertSucceeded();
        Assert.StartsWith(tool.Version, version.Stdout.Trim());

        (await sandbox.RunAsync($"'{docsgen}' new site")).AssertSucceeded();
        Assert.True(File.Exists(sandbox.PathOf("site/docsgen.yml")));
        Assert.True(File.Exists(sandbox.PathOf("site/.gitignore")));
        Assert.True(File.Exists(sandbox.PathOf("site/" + StarterSite.WorkflowPath)));

        var site = sandbox.PathOf("site");
        var build = (await sandbox.RunAsync($"'{docsgen}' build", site)).AssertSucceeded();
        Assert.Contains("0 errors, 0 warnings", build.Stdout);
        Assert.True(File.Exists(Path.Combine(site, "_site", "index.html")));
        Assert.True(File.Exists(Path.Combine(site, "_site", "assets", "docsgen.css")),
            "The default theme's stylesheet is not in the output: the installed tool did not find its bundled theme.");
        Assert.True(File.Exists(Path.Combine(site, "_site", "sitemap.xml")));

        (await sandbox.RunAsync($"'{docsgen}' check --format json --output '{Path.Combine(sandbox.Home, "check.json")}'", site)).AssertSucceeded();
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(sandbox.Home, "check.json")));
        Assert.True(report.RootElement.GetProperty("passed").GetBoolean());
        Assert.True(report.RootElement.GetProperty("linksChecked").GetInt32() > 0);

        // Shell completion as documented: the bash snippet from the CLI reference, asked to complete "docsgen bu".
        var snippet = DocumentedCommands.Read(Path.Combine(RepoPaths.Root, "content", "versions", "v2", "reference", "cli.md"))
            .Single(b => b.Runs && b.Code.Contains("complete -o default", StringComparison.Ordinal)).Code;
        var completion = (await sandbox.RunAsync(
            snippet + "\nCOMP_LINE='docsgen bu'; COMP_POINT=10; _docsgen_complete; printf '%s\\n' \"${COMPREPLY[@]}\"",
            extra: new Dictionary<string, string> { ["PATH"] = tools + ":" + sandbox.Environment["PATH"] })).AssertSucceeded();
        Assert.Equal(["build", "bundle"], completion.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        // Without a site of its own, the installed tool builds the bundled one: DocsGen's own docs.
        var empty = Directory.CreateDirectory(sandbox.PathOf("empty")).FullName;
        (await sandbox.RunAsync($"'{docsgen}' build", empty)).AssertSucceeded();
        Assert.True(File.Exists(Path.Combine(empty, "_site", "v2", "getting-started", "installation", "index.html")));
    }

    [Fact]
    public async Task As_a_local_tool_it_is_pinned_in_the_manifest_and_restored_elsewhere()
    {
        var sandbox = tool.NewSandbox();
        (await sandbox.RunAsync("dotnet new tool-manifest")).AssertSucceeded();
        (await sandbox.RunAsync("dotnet tool install --local DocsGen")).AssertSucceeded();
        var run = (await sandbox.RunAsync("dotnet tool run docsgen --version")).AssertSucceeded();
        Assert.StartsWith(tool.Version, run.Stdout.Trim());

        // The .NET 10 SDK writes the manifest in the current folder; earlier ones wrote .config/.
        var written = new[] { "dotnet-tools.json", ".config/dotnet-tools.json" }.Select(sandbox.PathOf).First(File.Exists);
        using var manifest = JsonDocument.Parse(File.ReadAllText(written));
        var entry = manifest.RootElement.GetProperty("tools").GetProperty("docsgen");
        Assert.Equal(tool.Version, entry.GetProperty("version").GetString());
        Assert.Equal("docsgen", entry.GetProperty("commands")[0].GetString());

        // A fresh clone on another machine: the committed manifest is all it needs, also in .config/.
        var clone = tool.NewSandbox();
        Directory.CreateDirectory(clone.PathOf(".config"));
        File.Copy(written, clone.PathOf(".config/dotnet-tools.json"));
        (await clone.RunAsync("dotnet tool restore")).AssertSucceeded();
        (await clone.RunAsync("dotnet docsgen new docs && dotnet docsgen build docs --strict")).AssertSucceeded();
        Assert.True(File.Exists(clone.PathOf("docs/_site/index.html")));
    }

    /// <summary>The Markdown files whose install and CI instructions users copy.</summary>
    public static TheoryData<string> DocumentsWithCommands()
    {
        var data = new TheoryData<string>();
        foreach (var file in InstructionFiles().Where(f => DocumentedCommands.Read(f).Any(b => b.Runs)))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentsWithCommands))]
    public async Task The_documented_commands_run_against_the_packed_tool(string document)
    {
        // Blocks of one page run in order in one sandbox, as a reader follows the page.
        var sandbox = tool.NewSandbox();
        foreach (var block in DocumentedCommands.Read(Path.Combine(RepoPaths.Root, document)).Where(b => b.Runs))
        {
            if (block.IsShell)
            {
                var run = await sandbox.RunAsync(block.Code);
                Assert.True(run.ExitCode == 0, $"{block}: the documented commands failed (exit {run.ExitCode}):\n{block.Code}\nstdout:\n{run.Stdout}\nstderr:\n{run.Stderr}");
            }
            else
            {
                Assert.True(block.Language is "yaml" or "yml", $"{block}: only shell and workflow (YAML) blocks can be marked to run, not '{block.Language}'.");
                await RunWorkflowAsync(sandbox, block.Code, $"{block}");
            }
        }
    }

    /// <summary>Sample workflows that pages include by file ({include="../samples/x.yml#region"}).</summary>
    public static TheoryData<string> SampleWorkflows()
    {
        var data = new TheoryData<string>();
        // The scale-out sample needs a site with versions to split: its own test below runs it. The 1.x
        // docs' workflow installs DocsGen 1.x (--version "1.*"), a release this checkout does not pack.
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "content"), "*.yml", SearchOption.AllDirectories)
                     .Where(f => File.ReadAllText(f).Contains("\njobs:", StringComparison.Ordinal) && !f.EndsWith(ScaleOutWorkflow, StringComparison.Ordinal) && !PinsAnotherMajor(File.ReadAllText(f)))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleWorkflows))]
    public async Task The_sample_workflows_in_the_bundled_docs_run_against_the_packed_tool(string workflow)
    {
        var sandbox = tool.NewSandbox();
        await RunWorkflowAsync(sandbox, File.ReadAllText(Path.Combine(RepoPaths.Root, workflow)), workflow);
    }

    private const string ScaleOutWorkflow = "scale-out-docs.yml";

    private static bool PinsAnotherMajor(string workflow) =>
        System.Text.RegularExpressions.Regex.Match(workflow, @"DocsGen --version ""?(\d+)\.") is { Success: true } pin
        && pin.Groups[1].Value != DocsGen.References.DocsGenVersion.Current.Split('.')[0];

    [Fact]
    public async Task The_scale_out_sample_workflow_builds_a_part_per_version_and_merges_them_into_the_whole_site()
    {
        // The checkout: a site with two versions to split (the bundled one).
        var sandbox = tool.NewSandbox();
        CopyTree(Path.Combine(RepoPaths.Root, "content"), sandbox.PathOf("docs"), hidden: true);
        var workflow = Path.Combine(RepoPaths.Root, "content", "versions", "v2", "samples", ScaleOutWorkflow);

        var steps = await RunWorkflowAsync(sandbox, File.ReadAllText(workflow), workflow, checkoutHasDocs: false);

        Assert.Equal(["v2", "v1"], steps.MatrixRuns.Where(m => m.ContainsKey("version")).Select(m => m["version"]));
        Assert.Contains(steps.UsedActions, a => a.Uses.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal) && a.With["path"] == "_site");
        // The merged site is what one build of the same checkout with the same settings gives, byte for byte.
        // The workflow's jobs ran on "fresh runners", so the tool is installed once more for the whole build.
        var whole = (await sandbox.RunAsync("dotnet tool install --global DocsGen && docsgen build docs --strict --base-url https://octo-org.github.io/docs/ -o _whole")).AssertSucceeded();
        Assert.Contains("0 errors", whole.Stdout);
        Parts.ScaleOutSite.AssertSameFiles(sandbox.PathOf("_whole"), sandbox.PathOf("_site"));
    }

    [Fact]
    public void Every_install_or_CI_block_in_the_docs_is_marked_to_run_or_says_why_not()
    {
        var unmarked = InstructionFiles()
            .SelectMany(DocumentedCommands.Read)
            .Where(block => block.Marker is null && IsInstallOrCi(block))
            .Select(block => $"{Path.GetRelativePath(RepoPaths.Root, block.File)}:{block.Line}")
            .ToList();

        Assert.True(unmarked.Count == 0,
            $"These blocks install DocsGen or define CI but no test runs them. Put {DocumentedCommands.RunMarker} on the line before each " +
            $"(or {DocumentedCommands.SkipMarker} REASON -->):\n  {string.Join("\n  ", unmarked)}");
        Assert.Contains(InstructionFiles(), f => f.EndsWith("installation.md", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_workflow_docsgen_new_writes_installs_the_tool_checks_and_builds_for_pages()
    {
        var sandbox = tool.NewSandbox();
        var site = sandbox.Work;
        StarterSite.Write(site);

        Assert.Equal(["_site/", ".docsgen/"], File.ReadAllLines(Path.Combine(site, ".gitignore")).Where(l => l.Length > 0 && !l.StartsWith('#')));
        var workflow = File.ReadAllText(Path.Combine(site, StarterSite.WorkflowPath));
        Assert.Contains($"DOCSGEN_VERSION: \"{tool.Version}\"", workflow);

        var steps = await RunWorkflowAsync(sandbox, workflow, StarterSite.WorkflowPath, checkoutHasDocs: false);
        Assert.Contains(steps.UsedActions, a => a.Uses.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal) && a.With["path"] == "./_site");
        Assert.Contains(steps.UsedActions, a => a.Uses.StartsWith("actions/deploy-pages@", StringComparison.Ordinal));
        Assert.Contains("https://octo-org.github.io/docs/", File.ReadAllText(Path.Combine(site, "_site", "sitemap.xml")));
    }

    [Fact]
    public async Task The_action_installs_from_a_package_folder_checks_and_builds_for_pages()
    {
        var sandbox = tool.NewSandbox();
        StarterSite.Write(sandbox.PathOf("docs"));

        var steps = await RunActionAsync(sandbox, new Dictionary<string, string>
        {
            ["root"] = "docs",
            ["package-source"] = tool.Feed,
            ["version"] = "",
            ["base-url"] = "https://octo-org.github.io/docs/",
        });

        Assert.Null(steps.LastFailure);
        Assert.True(File.Exists(sandbox.PathOf("_site/index.html")));
        Assert.Contains("https://octo-org.github.io/docs/", File.ReadAllText(sandbox.PathOf("_site/sitemap.xml")));
        Assert.Equal(["github/codeql-action/upload-sarif@v3", "actions/upload-pages-artifact@v3"], steps.UsedActions.Select(a => a.Uses));
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(steps.RunnerTemp, "docsgen-check.sarif")));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public async Task The_action_annotates_a_broken_link_uploads_the_SARIF_and_does_not_publish()
    {
        var sandbox = tool.NewSandbox();
        StarterSite.Write(sandbox.Work);
        File.AppendAllText(sandbox.PathOf("versions/v1/index.md"), "\nSee [the missing page](missing.md).\n");

        // The action's default version is the one this checkout packs: one number, kept in step.
        var steps = await RunActionAsync(sandbox, new Dictionary<string, string>());

        Assert.NotNull(steps.LastFailure);
        Assert.Matches(@"(?m)^::error file=versions/v1/index\.md,line=\d+", steps.LastFailure!.Stdout);
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(steps.RunnerTemp, "docsgen-check.sarif")));
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal(["github/codeql-action/upload-sarif@v3"], steps.UsedActions.Select(a => a.Uses));
        Assert.False(Directory.Exists(sandbox.PathOf("_site")));
    }

    [Fact]
    public async Task The_Dockerfile_installs_the_packed_tool_on_the_runtime_image_and_runs_it()
    {
        var dockerfile = Dockerfile.Read(Path.Combine(RepoPaths.Root, "Dockerfile"));
        Assert.Equal(["mcr.microsoft.com/dotnet/sdk:10.0", "mcr.microsoft.com/dotnet/aspnet:10.0"], dockerfile.Stages.Select(s => s.From));
        var pack = dockerfile.Stages[0].Runs.Single(r => r.StartsWith("dotnet pack ", StringComparison.Ordinal));
        Assert.Contains("generator/DocsGen.Cli", pack);
        Assert.Contains("-o /feed", pack);

        // Without Docker: the fixture's pack stands in for the pack step; every other RUN runs as written,
        // with the image's folders moved into a sandbox.
        var sandbox = tool.NewSandbox();
        var opt = Path.Combine(sandbox.Home, "opt", "docsgen");
        string Here(string command) => command.Replace("/feed", tool.Feed, StringComparison.Ordinal).Replace("/opt/docsgen", opt, StringComparison.Ordinal);
        foreach (var run in dockerfile.Stages.SelectMany(s => s.Runs).Where(r => r != pack))
        {
            (await sandbox.RunAsync(Here(run), extra: new Dictionary<string, string> { ["PATH"] = opt + ":" + sandbox.Environment["PATH"] })).AssertSucceeded();
        }

        // `docker run -v "$PWD:/site" docsgen build`: the entrypoint in the mounted site folder.
        StarterSite.Write(sandbox.PathOf("site"));
        var entrypoint = Here(string.Join(' ', dockerfile.Entrypoint));
        var onPath = new Dictionary<string, string> { ["PATH"] = opt + ":" + sandbox.Environment["PATH"] };
        var help = (await sandbox.RunAsync($"{entrypoint} {string.Join(' ', dockerfile.Cmd)}", extra: onPath)).AssertSucceeded();
        Assert.Contains("build", help.Stdout);
        (await sandbox.RunAsync($"{entrypoint} build", sandbox.PathOf("site"), onPath)).AssertSucceeded();
        Assert.True(File.Exists(sandbox.PathOf("site/_site/index.html")));
    }

    /// <summary>Runs a workflow's steps; `uses:` steps are checked for what they would have been given.</summary>
    private async Task<WorkflowSteps> RunWorkflowAsync(Sandbox sandbox, string yaml, string where, bool checkoutHasDocs = true)
    {
        // The documented workflows build a repository whose site is in docs/: the checkout they would get.
        if (checkoutHasDocs && !Directory.Exists(sandbox.PathOf("docs")))
        {
            StarterSite.Write(sandbox.PathOf("docs"));
        }

        var steps = new WorkflowSteps(sandbox);
        await steps.RunWorkflowAsync(yaml, (uses, with) => OnUsesAsync(sandbox, steps, uses, with));
        Assert.True(steps.LastFailure is null,
            $"{where}: a step failed (exit {steps.LastFailure?.ExitCode}):\n{steps.LastFailure?.Script}\nstdout:\n{steps.LastFailure?.Stdout}\nstderr:\n{steps.LastFailure?.Stderr}");
        return steps;
    }

    private static async Task<WorkflowSteps> RunActionAsync(Sandbox sandbox, IReadOnlyDictionary<string, string> inputs)
    {
        var steps = new WorkflowSteps(sandbox);
        await steps.RunActionAsync(File.ReadAllText(Path.Combine(RepoPaths.Root, "action.yml")), RepoPaths.Root, inputs,
            (uses, with) => OnUsesAsync(sandbox, steps, uses, with));
        return steps;
    }

    /// <summary>What each action a workflow uses would do, reduced to what this test can verify.</summary>
    private static async Task OnUsesAsync(Sandbox sandbox, WorkflowSteps steps, string uses, IReadOnlyDictionary<string, string> with)
    {
        var name = uses.Split('@')[0];
        switch (name)
        {
            case "actions/checkout":
            case "actions/deploy-pages":
                break;
            case "actions/setup-dotnet":
                Assert.StartsWith("10.", with["dotnet-version"]);
                break;
            case "actions/upload-pages-artifact":
                Assert.True(File.Exists(Path.Combine(sandbox.Work, with["path"], "index.html")), $"{uses} would upload {with["path"]}, which holds no built site.");
                break;
            case "actions/upload-artifact":
                var uploaded = Path.Combine(sandbox.Work, with["path"]);
                Assert.True(File.Exists(Path.Combine(uploaded, "index.html")) || File.Exists(Path.Combine(uploaded, PartManifest.FileName)),
                    $"{uses} would upload {with["path"]}, which holds no built site or part.");
                // upload-artifact v4 leaves out hidden files (a part's manifest among them) unless told otherwise.
                CopyTree(uploaded, Path.Combine(sandbox.Home, "artifacts", with["name"]), hidden: with.GetValueOrDefault("include-hidden-files") == "true");
                break;
            case "actions/download-artifact":
                // Without merge-multiple each artifact lands in a folder of its own name under `path`.
                var store = Path.Combine(sandbox.Home, "artifacts");
                var pattern = with.GetValueOrDefault("pattern") ?? with["name"];
                var artifacts = Directory.Exists(store) ? Directory.GetDirectories(store, pattern) : [];
                Assert.True(artifacts.Length > 0, $"{uses} finds no artifact matching '{pattern}': no earlier job uploaded one.");
                foreach (var artifact in artifacts)
                {
                    CopyTree(artifact, Path.Combine(sandbox.Work, with["path"], Path.GetFileName(artifact)), hidden: true);
                }

                break;
            case "github/codeql-action/upload-sarif":
                using (var sarif = JsonDocument.Parse(File.ReadAllText(with["sarif_file"])))
                {
                    Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
                }

                break;
            case "docsgen/docsgen" or "./":
                var nested = new WorkflowSteps(sandbox);
                await nested.RunActionAsync(File.ReadAllText(Path.Combine(RepoPaths.Root, "action.yml")), RepoPaths.Root, with,
                    (u, w) => OnUsesAsync(sandbox, nested, u, w));
                Assert.True(nested.LastFailure is null, $"The DocsGen action failed:\n{nested.LastFailure?.Script}\n{nested.LastFailure?.Stdout}\n{nested.LastFailure?.Stderr}");
                break;
            default:
                Assert.Fail($"A workflow uses {uses}, which this test does not know; teach ToolPackageTests.OnUsesAsync what it would do.");
                break;
        }
    }

    private static void CopyTree(string from, string to, bool hidden)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (!hidden && relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative), overwrite: true);
        }
    }

    /// <summary>README.md, the package readme, and every page of the bundled docs.</summary>
    private static IEnumerable<string> InstructionFiles() =>
        new[] { Path.Combine(RepoPaths.Root, "README.md"), Path.Combine(RepoPaths.Root, "generator", "DocsGen.Cli", "PackageReadme.md") }
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "content"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal));

    /// <summary>A block that installs the tool or is (part of) a CI workflow.</summary>
    private static bool IsInstallOrCi(DocumentedBlock block) =>
        block.Code.Contains("dotnet tool ", StringComparison.Ordinal)
        || block.Code.Contains("docker ", StringComparison.Ordinal)
        || (block.Language is "yaml" or "yml" && (block.Code.Contains("runs-on:", StringComparison.Ordinal) || block.Code.Contains("uses:", StringComparison.Ordinal)));

    private static bool IsReadyToRun(ZipArchive package, string entry)
    {
        using var bytes = new MemoryStream();
        package.GetEntry(entry)!.Open().CopyTo(bytes);
        bytes.Position = 0;
        using var pe = new PEReader(bytes);
        return pe.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }

    private static XElement NuspecMetadata(ZipArchive package)
    {
        var nuspec = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspec.Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static string? Value(XElement metadata, string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
}
