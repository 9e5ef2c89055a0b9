using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DocsGen.OpenApi.Model;
using DocsGen.SiteModel;

namespace DocsGen.Build.Incremental;

/// <summary>
/// A content hash of everything an API reference page's own output is made from: its titles and description as the
/// rest of the site shows them, its model (the template's <c>model</c>: an operation with its schema trees and
/// samples, a tag with its operations, a schema with the operations that use it, the whole spec for the overview),
/// its playground data and the files and companion pages written beside it. Two pages with the same fingerprint, in
/// the same site, render to the same bytes; the dev server re-renders only the API pages whose fingerprint a spec
/// edit changed. What the page shows of the rest of the site (navigation, "Used in guides") is not in it: a spec edit
/// that changes navigation re-renders the whole version, and guides are not edited by a spec edit.
/// </summary>
/// <remarks>
/// A model is hashed as its JSON, except that a tag's and a spec's operations, schemas and tags are hashed one by
/// one and their hashes stand in their place: the overview and a tag page show hundreds of operations (all 468 of
/// Stripe's sit under one tag), and each is serialized once, not once per page that shows it. The hash of each
/// model object is kept for as long as the object lives, so the pages the last edit made are not hashed again.
/// </remarks>
internal static class ApiPageFingerprint
{
    private static readonly JsonSerializerOptions Json = new()
    {
        // Schema trees nest two JSON levels per schema level; the model builder bounds the tree, not the serializer's default of 64.
        MaxDepth = 4096,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { WithoutHashedParts } },
    };

    private static readonly ConditionalWeakTable<object, byte[]> Kept = [];

    public static byte[] Of(Page page, SiteView site)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, page, site);
        return hash.GetHashAndReset();
    }

    private static void Add(IncrementalHash hash, Page page, SiteView site)
    {
        Text(hash, page.Route);
        Text(hash, page.Title);
        Text(hash, page.NavTitle);
        Text(hash, page.Description);
        Text(hash, string.Join('\n', page.Tags));
        Text(hash, page.PlaygroundJson);
        Text(hash, string.Join('\n', page.Badges.Select(b => b.Kind + "\u0001" + b.Label)));
        if (page.Model is { } model)
        {
            hash.AppendData(OfModel(model));
        }

        foreach (var file in page.Files)
        {
            Text(hash, file.Path);
            Text(hash, file.Text(site));
        }

        foreach (var companion in page.Companions)
        {
            Add(hash, companion, site);
        }
    }

    /// <summary>The hash of a model object's JSON, with the parts <see cref="WithoutHashedParts"/> leaves out added as their own hashes.</summary>
    private static byte[] OfModel(object model) => Kept.GetValue(model, m =>
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(m, m.GetType(), Json));
        switch (m)
        {
            case ApiTag tag:
                Parts(hash, tag.Operations);
                break;
            case ApiSpec spec:
                Parts(hash, spec.Tags);
                Parts(hash, spec.Operations);
                Parts(hash, spec.Webhooks);
                Parts(hash, spec.Schemas);
                Text(hash, string.Join('\n', spec.Downloads.Select(d => d.File + "\u0001" + d.Label)));
                break;
        }

        return hash.GetHashAndReset();
    });

    private static void Parts(IncrementalHash hash, IEnumerable<object> parts)
    {
        var count = 0;
        foreach (var part in parts)
        {
            hash.AppendData(OfModel(part));
            count++;
        }

        hash.AppendData(BitConverter.GetBytes(count));
    }

    private static void WithoutHashedParts(JsonTypeInfo type)
    {
        string[] hashedApart = type.Type == typeof(ApiTag) ? [nameof(ApiTag.Operations)]
            : type.Type == typeof(ApiSpec) ? [nameof(ApiSpec.Tags), nameof(ApiSpec.Operations), nameof(ApiSpec.Webhooks), nameof(ApiSpec.Schemas)]
            : [];
        foreach (var property in type.Properties.Where(p => hashedApart.Contains(p.Name)).ToList())
        {
            type.Properties.Remove(property);
        }
    }

    /// <summary>Adds the text with its length first, so that no two lists of texts hash alike.</summary>
    private static void Text(IncrementalHash hash, string? text)
    {
        var bytes = text is null ? [] : Encoding.UTF8.GetBytes(text);
        hash.AppendData(BitConverter.GetBytes(text is null ? -1 : bytes.Length));
        hash.AppendData(bytes);
    }
}
