using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
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
internal static class ApiPageFingerprint
{
    // Schema trees nest two JSON levels per schema level; the model builder bounds the tree, not the serializer's default of 64.
    private static readonly JsonSerializerOptions Json = new() { MaxDepth = 4096 };

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
        hash.AppendData(page.Model is null ? [] : JsonSerializer.SerializeToUtf8Bytes(page.Model, page.Model.GetType(), Json));
        if (page.Model is ApiSpec spec)
        {
            // The overview lists the downloads (their texts are files of their own, written apart).
            Text(hash, string.Join('\n', spec.Downloads.Select(d => d.File + "\u0001" + d.Label)));
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

    /// <summary>Adds the text with its length first, so that no two lists of texts hash alike.</summary>
    private static void Text(IncrementalHash hash, string? text)
    {
        var bytes = text is null ? [] : Encoding.UTF8.GetBytes(text);
        hash.AppendData(BitConverter.GetBytes(text is null ? -1 : bytes.Length));
        hash.AppendData(bytes);
    }
}
