using DocsGen.Config;
using DocsGen.OpenApi.Model;
using DocsGen.SiteModel;

namespace DocsGen.OpenApi.Pages;

/// <summary>
/// The pages of one API: a landing page, a page per tag, per operation, per webhook and per component
/// schema. They are ordinary <see cref="Page"/>s so navigation, search and link checks treat them like guides.
/// </summary>
public static class ApiPages
{
    public static IReadOnlyList<Page> Create(ApiSpec spec, ApiConfig config, string version)
    {
        var source = new Diagnostics.SourceLocation(config.Spec);
        var pages = new List<Page>
        {
            new()
            {
                Version = version, Route = spec.Route, Title = spec.Title, Kind = PageKind.ApiIndex, Layout = "api-index",
                Section = [spec.Title], Order = 0, NavTitle = "Overview", Model = spec, Source = source, IsSectionIndex = true,
                Description = $"Reference for {spec.Title} {spec.Version}".Trim(),
            },
        };

        var groupOf = GroupPlaces(spec);
        foreach (var tag in spec.Tags)
        {
            var (group, order) = groupOf.GetValueOrDefault(tag.Name);
            string[] section = group is null ? [spec.Title, tag.DisplayName] : [spec.Title, group, tag.DisplayName];
            pages.Add(new Page
            {
                Version = version,
                Route = Route(tag.Url),
                Title = tag.DisplayName,
                Kind = PageKind.ApiTag,
                Layout = "api-tag",
                Section = section,
                Order = order,
                NavTitle = "Overview",
                Model = tag,
                Source = source,
                IsSectionIndex = true,
            });
            var operationOrder = 1;
            foreach (var operation in tag.Operations.Where(o => o.Tags.Count == 0 || o.Tags[0] == tag.Name))
            {
                pages.Add(OperationPage(operation, spec, section, operationOrder++, version, source));
            }
        }

        var webhookOrder = 1;
        foreach (var webhook in spec.Webhooks)
        {
            pages.Add(OperationPage(webhook, spec, [spec.Title, "Webhooks"], webhookOrder++, version, source));
        }

        var schemaOrder = 1;
        foreach (var schema in spec.Schemas)
        {
            pages.Add(new Page
            {
                Version = version,
                Route = Route(schema.Url),
                Title = schema.Name,
                Kind = PageKind.Schema,
                Layout = "schema",
                Section = [spec.Title, "Schemas"],
                Order = schemaOrder++,
                Model = schema,
                Source = source,
            });
        }

        return pages;
    }

    /// <summary>
    /// With x-tagGroups each tag's section sits in its group's, and the order the spec gives them is kept: a group section
    /// takes the order of its first tag page (SiteModel/NavBuilder.cs), and these orders run below the other sections'
    /// (Webhooks and Schemas start at 1) so the groups come first. Without groups tags stay at order 0, sorted by name.
    /// </summary>
    private static Dictionary<string, (string? Group, int Order)> GroupPlaces(ApiSpec spec)
    {
        var places = new Dictionary<string, (string? Group, int Order)>(StringComparer.Ordinal);
        for (var g = 0; g < spec.TagGroups.Count; g++)
        {
            for (var t = 0; t < spec.TagGroups[g].Tags.Count; t++)
            {
                places[spec.TagGroups[g].Tags[t].Name] = (spec.TagGroups[g].Name, GroupedTagOrderBase + (g * 10_000) + t);
            }
        }

        return places;
    }

    private const int GroupedTagOrderBase = -1_000_000_000;

    private static Page OperationPage(ApiOperation operation, ApiSpec spec, string[] section, int order, string version, Diagnostics.SourceLocation source)
    {
        var page = new Page
        {
            Version = version,
            Route = Route(operation.Url),
            Title = operation.NavTitle,
            Kind = PageKind.Operation,
            Layout = "operation",
            Section = section,
            Order = order,
            NavTitle = operation.NavTitle,
            Model = operation,
            PlaygroundJson = operation.IsWebhook ? null : Playground.PlaygroundData.Json(operation, spec, $"__mock/{version}/{spec.Id}"),
            Source = source,
            Tags = operation.Tags,
            Description = $"{operation.Method} {operation.Path} in {spec.Title}",
        };
        var files = new List<PageFile>();
        // The playground's data is fetched when a reader opens "Try it", so it stays out of the page.
        if (page.PlaygroundJson is { } playground)
        {
            files.Add(new PageFile(page.Url + "playground.json", _ => playground));
            if (operation.RequestBody?.ValidationSchemaJson is { } bodySchemas)
            {
                // The whole body schemas, fetched only when the reader sends to the in-browser mock.
                files.Add(new PageFile(page.Url + Playground.PlaygroundData.BodySchemaFile, _ => bodySchemas));
            }
        }

        // The operation's other code samples live next to it, loaded when the reader picks a language.
        if (CodeSamplesPage.For(page) is { } samples)
        {
            files.Add(samples);
        }

        page.Files = files;
        // So is the whole of each tree the page cuts short.
        page.Companions = OperationFieldsPage.For(page) is { } fields ? [fields] : [];
        return page;
    }

    private static string Route(string url) => url.Trim('/');
}
