using System.Globalization;
using System.Text.Json.Nodes;
using DocsGen.Validation;
using Microsoft.OpenApi;

namespace DocsGen.Checks.Examples;

/// <summary>
/// Finds every example a spec writes (parameters, headers, request and response media types, and
/// schema-level example/examples) with the schema it must fit. Shared components are visited once,
/// under components; a $ref at a use site is not followed, except for named examples, which only get
/// a schema where they are used.
/// </summary>
internal static class ExampleWalker
{
    private const int MaxSchemaDepth = 64;

    public static List<ExampleUse> Find(OpenApiDocument document)
    {
        var uses = new List<ExampleUse>();
        foreach (var (path, item) in document.Paths ?? new OpenApiPaths())
        {
            PathItem(uses, "/paths/" + Escape(path), path, item, webhook: false);
        }

        foreach (var (name, item) in document.Webhooks ?? new Dictionary<string, IOpenApiPathItem>())
        {
            PathItem(uses, "/webhooks/" + Escape(name), "webhook " + name, item, webhook: true);
        }

        if (document.Components is { } components)
        {
            foreach (var (name, schema) in Sorted(components.Schemas))
            {
                Schema(uses, "/components/schemas/" + Escape(name), $"schema {name}", schema, ValidationDirection.Any, 0);
            }

            foreach (var (name, parameter) in Sorted(components.Parameters))
            {
                Parameter(uses, "/components/parameters/" + Escape(name), $"parameter {name}", parameter);
            }

            foreach (var (name, body) in Sorted(components.RequestBodies))
            {
                Content(uses, "/components/requestBodies/" + Escape(name), $"request body {name}", body?.Content, ValidationDirection.Request);
            }

            foreach (var (name, response) in Sorted(components.Responses))
            {
                Response(uses, "/components/responses/" + Escape(name), $"response {name}", response, ValidationDirection.Response);
            }

            foreach (var (name, header) in Sorted(components.Headers))
            {
                Header(uses, "/components/headers/" + Escape(name), $"header {name}", header);
            }
        }

        return uses;
    }

    /// <param name="webhook">The API sends a webhook's request, so its body may carry readOnly properties and its response writeOnly ones.</param>
    private static void PathItem(List<ExampleUse> uses, string pointer, string label, IOpenApiPathItem? item, bool webhook)
    {
        var (sent, received) = webhook
            ? (ValidationDirection.Response, ValidationDirection.Request)
            : (ValidationDirection.Request, ValidationDirection.Response);
        if (item is null or IOpenApiReferenceHolder)
        {
            return;
        }

        Parameters(uses, pointer, label, item.Parameters);
        foreach (var (method, operation) in (item.Operations ?? []).OrderBy(o => o.Key.Method, StringComparer.Ordinal))
        {
            var at = pointer + "/" + method.Method.ToLowerInvariant();
            var name = operation.OperationId ?? $"{method.Method.ToUpperInvariant()} {label}";
            Parameters(uses, at, name, operation.Parameters);
            if (operation.RequestBody is { } body and not IOpenApiReferenceHolder)
            {
                Content(uses, at + "/requestBody", $"request body of {name}", body.Content, sent);
            }

            foreach (var (status, response) in Sorted(operation.Responses))
            {
                Response(uses, at + "/responses/" + Escape(status), $"{status} response of {name}", response, received);
            }
        }
    }

    private static void Parameters(List<ExampleUse> uses, string pointer, string owner, IList<IOpenApiParameter>? parameters)
    {
        for (var i = 0; i < (parameters?.Count ?? 0); i++)
        {
            var parameter = parameters![i];
            Parameter(uses, $"{pointer}/parameters/{i.ToString(CultureInfo.InvariantCulture)}", $"parameter '{parameter.Name}' of {owner}", parameter);
        }
    }

    private static void Parameter(List<ExampleUse> uses, string pointer, string label, IOpenApiParameter? parameter)
    {
        if (parameter is null or IOpenApiReferenceHolder)
        {
            return;
        }

        Values(uses, pointer, label, parameter.Example, parameter.Examples, parameter.Schema, ValidationDirection.Request);
        Content(uses, pointer, label, parameter.Content, ValidationDirection.Request);
    }

    private static void Header(List<ExampleUse> uses, string pointer, string label, IOpenApiHeader? header)
    {
        if (header is null or IOpenApiReferenceHolder)
        {
            return;
        }

        Values(uses, pointer, label, header.Example, header.Examples, header.Schema, ValidationDirection.Response);
        Content(uses, pointer, label, header.Content, ValidationDirection.Response);
    }

    private static void Response(List<ExampleUse> uses, string pointer, string label, IOpenApiResponse? response, ValidationDirection direction)
    {
        if (response is null or IOpenApiReferenceHolder)
        {
            return;
        }

        foreach (var (name, header) in Sorted(response.Headers))
        {
            Header(uses, pointer + "/headers/" + Escape(name), $"header '{name}' of the {label}", header);
        }

        Content(uses, pointer, label, response.Content, direction);
    }

    private static void Content(List<ExampleUse> uses, string pointer, string label, IDictionary<string, IOpenApiMediaType>? content, ValidationDirection direction)
    {
        foreach (var (type, media) in Sorted(content))
        {
            // XML, text and binary examples are written as strings in their own syntax: only JSON is comparable with the schema.
            if (media is null or IOpenApiReferenceHolder || !IsJson(type))
            {
                continue;
            }

            var at = pointer + "/content/" + Escape(type);
            Values(uses, at, $"{label} ({type})", media.Example, media.Examples, media.Schema, direction);
        }
    }

    private static void Values(List<ExampleUse> uses, string pointer, string label, JsonNode? example, IDictionary<string, IOpenApiExample>? examples, IOpenApiSchema? schema, ValidationDirection direction)
    {
        if (schema is null)
        {
            return;
        }

        if (example is not null)
        {
            uses.Add(new ExampleUse(pointer + "/example", pointer + "/example", $"example of the {label}", example, schema, direction));
        }

        foreach (var (name, named) in Sorted(examples))
        {
            var at = pointer + "/examples/" + Escape(name);
            var valueAt = named is OpenApiExampleReference { Reference.Id: { } id } ? "/components/examples/" + Escape(id) + "/value" : at + "/value";
            if (named?.Value is { } value && named.ExternalValue is null)
            {
                uses.Add(new ExampleUse(at, valueAt, $"example '{name}' of the {label}", value, schema, direction));
            }
        }

        Schema(uses, pointer + "/schema", $"schema of the {label}", schema, direction, 0);
    }

    private static void Schema(List<ExampleUse> uses, string pointer, string label, IOpenApiSchema? schema, ValidationDirection direction, int depth)
    {
        if (schema is null or IOpenApiReferenceHolder || depth > MaxSchemaDepth)
        {
            return;
        }

#pragma warning disable CS0618 // 3.0 "example" is still read into the obsolete property.
        if (schema.Example is { } example)
#pragma warning restore CS0618
        {
            uses.Add(new ExampleUse(pointer + "/example", pointer + "/example", $"example of the {label}", example, schema, direction));
        }

        for (var i = 0; i < (schema.Examples?.Count ?? 0); i++)
        {
            if (schema.Examples![i] is { } value)
            {
                var at = $"{pointer}/examples/{i.ToString(CultureInfo.InvariantCulture)}";
                uses.Add(new ExampleUse(at, at, $"example {i + 1} of the {label}", value, schema, direction));
            }
        }

        foreach (var (name, property) in Sorted(schema.Properties))
        {
            Schema(uses, pointer + "/properties/" + Escape(name), $"property '{name}' of the {label}", property, direction, depth + 1);
        }

        Schema(uses, pointer + "/items", $"items of the {label}", schema.Items, direction, depth + 1);
        Schema(uses, pointer + "/additionalProperties", $"additional properties of the {label}", schema.AdditionalProperties, direction, depth + 1);
        Parts(uses, pointer, "allOf", label, schema.AllOf, direction, depth);
        Parts(uses, pointer, "oneOf", label, schema.OneOf, direction, depth);
        Parts(uses, pointer, "anyOf", label, schema.AnyOf, direction, depth);
    }

    private static void Parts(List<ExampleUse> uses, string pointer, string keyword, string label, IList<IOpenApiSchema>? parts, ValidationDirection direction, int depth)
    {
        for (var i = 0; i < (parts?.Count ?? 0); i++)
        {
            Schema(uses, $"{pointer}/{keyword}/{i.ToString(CultureInfo.InvariantCulture)}", $"{keyword} alternative {i + 1} of the {label}", parts![i], direction, depth + 1);
        }
    }

    private static bool IsJson(string mediaType)
    {
        var type = mediaType.Split(';')[0].Trim();
        return type.Contains("json", StringComparison.OrdinalIgnoreCase) || type == "*/*";
    }

    private static IEnumerable<KeyValuePair<string, T>> Sorted<T>(IEnumerable<KeyValuePair<string, T>>? items) =>
        (items ?? []).OrderBy(i => i.Key, StringComparer.Ordinal);

    internal static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
