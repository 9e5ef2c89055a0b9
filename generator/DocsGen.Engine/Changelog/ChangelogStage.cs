using DocsGen.ApiDiff;
using DocsGen.ApiDiff.Formatting;
using DocsGen.Config;
using DocsGen.Diagnostics;
using DocsGen.SiteModel;

namespace DocsGen.Changelog;

/// <summary>
/// Adds a changelog page per API and version, and change badges on operation pages. Versions are listed
/// newest first in docsgen.yml, so the previous version of a version is the next one in the list; an API
/// is compared when both versions document it under the same id.
/// </summary>
internal static class ChangelogStage
{
    public static void Add(SiteConfig config, Dictionary<string, VersionPages> versions, SpecDocuments documents, DiagnosticBag diagnostics)
    {
        for (var i = 0; i + 1 < config.Versions.Count; i++)
        {
            var (newer, older) = (config.Versions[i], config.Versions[i + 1]);
            foreach (var api in newer.Apis.OrderBy(a => a.Id, StringComparer.Ordinal))
            {
                if (documents.Find(newer.Id, api.Id) is not { } newSpec || documents.Find(older.Id, api.Id) is not { } oldSpec)
                {
                    continue;
                }

                var report = ApiDiffer.Compare(oldSpec, newSpec);
                var newSide = new ChangelogSide(newer.Id, newer.Label, new OperationPages(versions[newer.Id].All, api.Id));
                var oldSide = new ChangelogSide(older.Id, older.Label, new OperationPages(versions[older.Id].All, api.Id));
                var title = versions[newer.Id].ByRoute(api.Prefix)?.Title ?? api.Title ?? newSpec.Document.Info?.Title ?? api.Id;
                var model = ChangelogBuilder.Build(report, newSide, oldSide, api.Id, title, ChangelogNotes.ForSpec(newSpec.AbsolutePath, config.ReadRoots, diagnostics));
                ChangelogBuilder.AddBadges(report, newSide, oldSide);
                AddPage(versions[newer.Id], api, model, report, newSpec.DisplayPath, diagnostics);
            }
        }
    }

    private static void AddPage(VersionPages pages, ApiConfig api, ApiChangelog model, ApiDiffReport report, string specPath, DiagnosticBag diagnostics)
    {
        var page = new Page
        {
            Version = model.Version,
            Route = api.Prefix.Trim('/') + "/changelog",
            Title = $"{model.ApiTitle} changes since {model.PreviousVersionLabel}",
            NavTitle = "Changelog",
            Description = ApiDiffTextFormatter.Summary(report),
            Kind = PageKind.Changelog,
            Layout = "changelog",
            Section = [model.ApiTitle],
            Order = 1,
            Model = model,
            Source = new SourceLocation(specPath),
            Markdown = ApiDiffMarkdownFormatter.Format(report, $"{model.ApiTitle}: {model.PreviousVersionLabel} to {model.VersionLabel}"),
        };
        if (!pages.TryAdd(page))
        {
            var other = pages.Existing(page.Route)!;
            diagnostics.Error(DiagnosticCodes.DuplicateOutputPath,
                $"The changelog page /{page.Url} collides with {other.Source?.File ?? other.Title}.",
                other.Source, "Move the guide: DocsGen generates <prefix>/changelog for APIs documented in two versions.");
        }
    }
}
