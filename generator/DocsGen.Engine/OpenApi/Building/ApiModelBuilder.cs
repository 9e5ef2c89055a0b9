using System.Text.Json.Nodes;
using DocsGen.Config;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Examples;
using DocsGen.OpenApi.Loading;
using DocsGen.OpenApi.Model;
using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Building;

/// <summary>Turns a loaded document into the <see cref="ApiSpec"/> view model; the only place that reads Microsoft.OpenApi types.</summary>
public static class ApiModelBuilder
{
    /// <summary>
    /// Nodes per tree on a fields page: finite, so a pathological spec still ends, and well above Stripe's largest
    /// inline tree (PostPaymentIntents' request body, 360 nodes; Corpus/OperationFieldsCorpusTests measures it).
    /// </summary>
    internal const int WholeTreeBudget = 1000;

    public static ApiSpec Build(LoadedSpec spec, ApiConfig config, DiagnosticBag diagnostics)
    {
        var document = spec.Document;
        var prefix = config.Prefix.Trim('/');
        var apiUrl = prefix.Length == 0 ? "" : prefix + "/";
        var title = config.Title ?? document.Info?.Title ?? config.Id;
        var context = new BuildContext(spec, config.Id, title, apiUrl, diagnostics);

        var schemaSlugs = new SlugAllocator();
        var componentSchemas = (document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>()).ToList();
        var schemaUrls = componentSchemas.ToDictionary(s => s.Key, s => $"{apiUrl}schemas/{schemaSlugs.Allocate(s.Key)}/", StringComparer.Ordinal);
        // Operation pages stay light (Stripe's largest must stay under 100 KB): one level of named schemas, then links.
        var operationTrees = new SchemaNodeBuilder(schemaUrls, context.Descriptions, context.Schemas) { MaxRefDepth = 1, NodeBudget = 60 };
        var schemaNodes = new SchemaNodeBuilder(schemaUrls, context.Descriptions, context.Schemas) { MaxRefDepth = 2, NodeBudget = 400 };
        // The fields page of an operation whose trees the budget cuts short: the same trees (named schemas still
        // become links, so the operation page's tree is the start of each), with room for every inline field.
        var wholeTrees = new SchemaNodeBuilder(schemaUrls, context.Descriptions, context.Schemas) { MaxRefDepth = 1, NodeBudget = WholeTreeBudget, MaxDepth = 32 };
        var security = new SecurityBuilder(document, apiUrl, context.Descriptions);

        var operationSites = Sites(document.Paths, apiUrl + "operations/", "#/paths/", isWebhook: false);
        var webhookSites = Sites(document.Webhooks, apiUrl + "webhooks/", "#/webhooks/", isWebhook: true);
        foreach (var site in operationSites.Where(s => !string.IsNullOrEmpty(s.Operation.OperationId)))
        {
            context.OperationUrls.TryAdd(site.Operation.OperationId!, site.Url);
        }

        foreach (var site in operationSites.Concat(webhookSites))
        {
            context.PageOrder.TryAdd(site.Url, context.PageOrder.Count);
        }

        // Operations, webhooks and schema pages are independent of each other: one parallel loop builds them all
        // (three loops left one core idle at the end of each), each operation with its own builder, which remembers
        // the schemas shown on its page. Results keep spec order by index.
        var operations = new ApiOperation[operationSites.Count];
        var webhooks = new ApiOperation[webhookSites.Count];
        var schemaPages = new ApiSchema[componentSchemas.Count];
        Parallel.For(0, operations.Length + webhooks.Length + schemaPages.Length, i =>
        {
            if (i < operations.Length)
            {
                operations[i] = new OperationBuilder(context, operationTrees, security, wholeTrees).Build(operationSites[i]);
            }
            else if (i - operations.Length < webhooks.Length)
            {
                webhooks[i - operations.Length] = new OperationBuilder(context, operationTrees, security, wholeTrees).Build(webhookSites[i - operations.Length]);
            }
            else
            {
                var index = i - operations.Length - webhooks.Length;
                schemaPages[index] = SchemaPage(componentSchemas[index], schemaUrls[componentSchemas[index].Key]);
            }
        });

        // The model keeps lists, as it did when each kind was built on its own.
        var (operationList, webhookList, schemaList) = (operations.ToList(), webhooks.ToList(), schemaPages.ToList());

        // "Used in" is known once every operation is built.
        foreach (var page in schemaPages)
        {
            page.UsedIn.AddRange(context.SchemaUses(page.Name));
        }

        ApiSchema SchemaPage(KeyValuePair<string, IOpenApiSchema> pair, string url) => new()
        {
            Name = pair.Key,
            Slug = url.TrimEnd('/').Split('/')[^1],
            Url = url,
            DescriptionHtml = context.Descriptions.ToHtml(pair.Value.Description),
            Node = schemaNodes.Build(pair.Value, SchemaSide.Any, ownName: pair.Key) with { RefName = pair.Key, RefUrl = url },
            Example = ExampleGenerator.Generate(pair.Value, SchemaSide.Any, context.Schemas, context.ExampleMisfit) is { } example
                ? new ApiExample("Example", null, "", ExampleGenerator.ToJson(example), "json", IsGenerated: SchemaFacts.AuthorExample(pair.Value) is null)
                : null,
            ApiId = config.Id,
            ApiTitle = title,
            ApiUrl = apiUrl,
        };

        context.ReportExampleMisfits();
        var tags = Tags(document, operationList, context);
        return new ApiSpec
        {
            Id = config.Id,
            Title = title,
            Version = document.Info?.Version ?? "",
            SpecVersion = spec.SpecVersion,
            DescriptionHtml = context.Descriptions.ToHtml(document.Info?.Description),
            Route = prefix,
            Servers = OperationBuilder.ServerList(document.Servers),
            SecuritySchemes = security.Schemes,
            Security = security.Requirements(document.Security),
            Tags = tags,
            TagGroups = TagGroups.From(document.Extensions, tags),
            Operations = operationList,
            Webhooks = webhookList,
            Schemas = schemaList,
        };
    }

    private static List<OperationSite> Sites(IDictionary<string, IOpenApiPathItem>? paths, string urlPrefix, string pointerPrefix, bool isWebhook)
    {
        var slugs = new SlugAllocator();
        var sites = new List<OperationSite>();
        foreach (var (path, reference) in paths ?? new Dictionary<string, IOpenApiPathItem>())
        {
            var item = reference is null ? null : Dereference.Of(reference);
            if (item is null)
            {
                continue;
            }

            var itemPointer = pointerPrefix + OperationSite.Escape(path);
            foreach (var (method, operation) in OperationSite.Ordered(item))
            {
                var id = string.IsNullOrEmpty(operation.OperationId) ? Slugs.From($"{method} {path}") : operation.OperationId;
                var slug = slugs.Allocate(id);
                sites.Add(new OperationSite(item, operation, path, method, id, slug, urlPrefix + slug + "/", isWebhook,
                    itemPointer + "/" + method.ToLowerInvariant(), itemPointer));
            }
        }

        return sites;
    }

    /// <summary>Declared tags first in their order, then tags only operations mention, then "Other" for untagged operations.</summary>
    private static List<ApiTag> Tags(OpenApiDocument document, List<ApiOperation> operations, BuildContext context)
    {
        var (apiUrl, apiTitle, descriptions) = (context.ApiUrl, context.ApiTitle, context.Descriptions);
        var declared = (document.Tags ?? new HashSet<OpenApiTag>()).Where(t => !string.IsNullOrEmpty(t.Name)).ToList();
        var names = declared.Select(t => t.Name!).ToList();
        foreach (var tag in operations.SelectMany(o => o.Tags))
        {
            if (!names.Contains(tag))
            {
                names.Add(tag);
            }
        }

        var untagged = operations.Where(o => o.Tags.Count == 0).ToList();
        var slugs = new SlugAllocator();
        var tags = new List<ApiTag>();
        foreach (var name in names)
        {
            var members = operations.Where(o => o.Tags.Contains(name)).ToList();
            if (members.Count == 0)
            {
                continue;
            }

            var slug = slugs.Allocate(name);
            var declaration = declared.FirstOrDefault(t => t.Name == name);
            tags.Add(new ApiTag
            {
                Name = name,
                DisplayName = DisplayName(declaration) ?? name,
                Slug = slug,
                Url = $"{apiUrl}tags/{slug}/",
                DescriptionHtml = descriptions.ToHtml(declaration?.Description),
                Operations = members,
                ApiId = context.ApiId,
                ApiTitle = apiTitle,
                ApiUrl = apiUrl,
            });
        }

        if (untagged.Count > 0)
        {
            var name = tags.Count == 0 ? "Operations" : "Other";
            var slug = slugs.Allocate(name);
            tags.Add(new ApiTag
            {
                Name = name,
                Slug = slug,
                Url = $"{apiUrl}tags/{slug}/",
                Operations = untagged,
                ApiId = context.ApiId,
                ApiTitle = apiTitle,
                ApiUrl = apiUrl,
            });
        }

        return tags;
    }

    /// <summary>A tag's <c>x-displayName</c> (Redoc's extension: the name readers see), or null when it has none or it is blank.</summary>
    private static string? DisplayName(OpenApiTag? tag) =>
        tag?.Extensions is { } extensions && extensions.TryGetValue("x-displayName", out var extension)
            && extension is JsonNodeExtension { Node: JsonValue value } && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : null;
}
