using System.Diagnostics;
using DocsGen.Diagnostics;

namespace DocsGen.Output.Parts;

/// <summary>
/// <c>docsgen merge</c>: joins the parts <c>docsgen build --only</c> wrote into the site one <c>docsgen build</c>
/// gives, byte for byte. Each part holds its versions' finished files; what spans versions (sitemap.xml) is
/// written here from the per-version data the parts recorded, by the same writer a whole build calls. Parts
/// that do not belong together (another site, config or commit; a version missing or in two parts; files
/// changed since the build) are refused before anything is written, and the site is written aside and
/// swapped in like a build's.
/// </summary>
public static class PartMerger
{
    private const string BuildHint = "Build every part from the same commit and config with `docsgen build --only VERSION[,VERSION] -o FOLDER`, then merge all of them at once.";

    public static MergeResult Merge(MergeOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var output = Path.GetFullPath(options.Output.TrimEnd('/', '\\'));
        var parts = ReadParts(options.Parts, output, diagnostics);
        if (parts is null || !BelongTogether(parts, diagnostics))
        {
            return new MergeResult { Diagnostics = diagnostics.ToList(), PartsRefused = true, Elapsed = clock.Elapsed };
        }

        try
        {
            using var site = new StagedOutput(output);
            Parallel.ForEach(parts.SelectMany(p => p.Manifest.Files.Select(file => (p.Folder, file))), item =>
                site.Copy(Path.Combine(item.Folder, item.file), item.file));
            var first = parts[0].Manifest;
            if (first.BaseUrl is not null)
            {
                var owner = first.SiteVersions.ToDictionary(v => v, v => parts.First(p => p.Manifest.Versions.Contains(v)).Manifest, StringComparer.Ordinal);
                site.Write("sitemap.xml", SiteFiles.Sitemap(first.SiteVersions.Select(v => owner[v].Sitemap[v])));
            }

            var files = site.FilesWritten;
            var bytes = site.BytesWritten;
            site.Commit();
            if (site.CleanupProblem is { } leftover)
            {
                diagnostics.Warning(DiagnosticCodes.OutputCleanupFailed, leftover, new SourceLocation(output), "Delete that folder by hand; the next merge also removes it.");
            }

            return new MergeResult { Diagnostics = diagnostics.ToList(), Succeeded = true, Files = files, Bytes = bytes, OutputDir = output, Elapsed = clock.Elapsed };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException || (e is AggregateException all && all.Flatten().InnerExceptions.All(i => i is IOException or UnauthorizedAccessException)))
        {
            var failure = e is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : e;
            diagnostics.Error(DiagnosticCodes.OutputWriteFailed, $"The merged site could not be written to {output}: {failure.Message}",
                new SourceLocation(output), "Check that the output folder is a folder you can write to and that the disk has room.");
            return new MergeResult { Diagnostics = diagnostics.ToList(), Elapsed = clock.Elapsed };
        }
    }

    private sealed record Part(string Folder, PartManifest Manifest);

    /// <summary>Every part's manifest, checked against the files in its folder; null when one is not a usable part.</summary>
    private static List<Part>? ReadParts(IReadOnlyList<string> folders, string output, DiagnosticBag diagnostics)
    {
        if (folders.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.PartManifestMissing, "No parts to merge.", new SourceLocation("docsgen merge"), BuildHint);
            return null;
        }

        var parts = new List<Part>();
        foreach (var given in folders)
        {
            var folder = Path.GetFullPath(given.TrimEnd('/', '\\'));
            var manifestPath = Path.Combine(folder, PartManifest.FileName);
            if (Same(folder, output) || Inside(folder, output) || Inside(output, folder))
            {
                diagnostics.Error(DiagnosticCodes.MergeOutputOverlapsParts, $"The output folder {output} overlaps the part {folder}; the merge replaces the whole output folder.",
                    new SourceLocation(given), "Merge into a folder of its own, beside the parts (e.g. -o _site next to parts/v1, parts/v2).");
                continue;
            }

            if (!Directory.Exists(folder) || !File.Exists(manifestPath))
            {
                diagnostics.Error(DiagnosticCodes.PartManifestMissing,
                    Directory.Exists(folder) ? $"{given} is not a part: it has no {PartManifest.FileName}." : $"{given} is not a folder.",
                    new SourceLocation(given), "A part is the output of `docsgen build --only VERSION`; a whole site (plain `docsgen build`) cannot be merged.");
                continue;
            }

            var manifest = new FileInfo(manifestPath).Length > 64 * 1024 * 1024 ? null : PartManifest.Parse(File.ReadAllText(manifestPath));
            if (manifest is null || manifest.Format != PartManifest.CurrentFormat)
            {
                diagnostics.Error(DiagnosticCodes.PartManifestMissing,
                    manifest is null ? $"{PartManifest.FileName} in {given} is not a part manifest." : $"{given} is a part of format {manifest.Format}; this DocsGen merges format {PartManifest.CurrentFormat}.",
                    new SourceLocation(manifestPath), "Build the parts again with the DocsGen that merges them.");
                continue;
            }

            if (FilesProblem(folder, manifest) is { } problem)
            {
                diagnostics.Error(DiagnosticCodes.PartFilesAltered, $"The part in {given} is not as it was built: {problem}.", new SourceLocation(manifestPath),
                    "Merge the folders exactly as `docsgen build --only` wrote them (upload and download them whole, hidden files included).");
                continue;
            }

            parts.Add(new Part(folder, manifest));
        }

        return diagnostics.HasErrors ? null : parts;
    }

    /// <summary>What differs between the part's files and its manifest's list; null when they are the same set of regular files.</summary>
    private static string? FilesProblem(string folder, PartManifest manifest)
    {
        var listed = manifest.Files.ToHashSet(StringComparer.Ordinal);
        if (listed.Contains(PartManifest.FileName) || manifest.Files.Any(f => f.Length == 0 || f.StartsWith('/') || f.Split('/').Any(s => s is "" or "." or "..")))
        {
            return "its manifest lists a path that is not a file of the part";
        }

        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(folder, entry.FullName).Replace('\\', '/');
            // A link could make the merged site serve any file of the merging machine.
            if (entry.LinkTarget is not null)
            {
                return $"{relative} is a symbolic link";
            }

            if (entry is FileInfo && relative != PartManifest.FileName)
            {
                found.Add(relative);
            }
        }

        if (listed.Except(found).Order(StringComparer.Ordinal).FirstOrDefault() is { } missing)
        {
            return $"{missing} is missing";
        }

        return found.Except(listed).Order(StringComparer.Ordinal).FirstOrDefault() is { } extra ? $"{extra} was not written by the build" : null;
    }

    /// <summary>One site, one generator, one commit; every version in exactly one part.</summary>
    private static bool BelongTogether(List<Part> parts, DiagnosticBag diagnostics)
    {
        var first = parts[0];
        foreach (var part in parts.Skip(1))
        {
            var (a, b) = (first.Manifest, part.Manifest);
            var difference =
                a.Generator != b.Generator ? $"DocsGen {a.Generator} built {first.Folder}, DocsGen {b.Generator} built {part.Folder}"
                : !a.SiteVersions.SequenceEqual(b.SiteVersions, StringComparer.Ordinal) ? $"{first.Folder} is of a site with versions {string.Join(", ", a.SiteVersions)}, {part.Folder} of one with {string.Join(", ", b.SiteVersions)}"
                : a.Site != b.Site || a.BaseUrl != b.BaseUrl ? $"{first.Folder} and {part.Folder} were built from different config or content (another commit, docsgen.yml, --base-url or --drafts)"
                : null;
            if (difference is not null)
            {
                diagnostics.Error(DiagnosticCodes.PartsFromDifferentSites, $"These parts are not of one site: {difference}.",
                    new SourceLocation(Path.Combine(part.Folder, PartManifest.FileName)), BuildHint);
            }
        }

        if (diagnostics.HasErrors)
        {
            return false;
        }

        foreach (var version in first.Manifest.SiteVersions)
        {
            var holders = parts.Where(p => p.Manifest.Versions.Contains(version, StringComparer.Ordinal)).ToList();
            if (holders.Count == 0)
            {
                diagnostics.Error(DiagnosticCodes.PartVersionMissing, $"No part holds version {version}: the merged site would lack its pages.",
                    new SourceLocation("docsgen merge"), $"Build it with `docsgen build --only {version} -o FOLDER` and add that folder to the merge.");
            }
            else if (holders.Count > 1)
            {
                diagnostics.Error(DiagnosticCodes.PartVersionTwice, $"Version {version} is in more than one part: {string.Join(", ", holders.Select(h => h.Folder))}.",
                    new SourceLocation(holders[1].Folder), "Give each version to exactly one part (each matrix job its own --only list).");
            }
        }

        // Disjoint versions give disjoint files; a manifest edited by hand might not.
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var file in part.Manifest.Files)
            {
                if (!owners.TryAdd(file, part.Folder))
                {
                    diagnostics.Error(DiagnosticCodes.PartFilesAltered, $"{file} is in two parts: {owners[file]} and {part.Folder}.",
                        new SourceLocation(Path.Combine(part.Folder, PartManifest.FileName)), BuildHint);
                    return false;
                }
            }
        }

        return !diagnostics.HasErrors;
    }

    private static bool Same(string a, string b) => string.Equals(a, b, PathComparison);

    private static bool Inside(string path, string folder) => path.StartsWith(folder + Path.DirectorySeparatorChar, PathComparison);

    private static readonly StringComparison PathComparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
}
