using DocsGen.OpenApi.Loading;
using Microsoft.OpenApi;

namespace DocsGen.ApiDiff;

/// <summary>
/// The semantic diff of two API descriptions: every change classified by a rule from
/// <see cref="ChangeRules"/>, judged by whether it breaks an existing client. Changes of one
/// operation are reported under it; a change inside a shared schema (a <c>$ref</c> target) is
/// reported once, with the operations it affects.
/// </summary>
public static class ApiDiffer
{
    /// <summary>Compares two loaded specs, including the schema keywords the reader dropped (<see cref="LostSchemaKeywords"/>).</summary>
    public static ApiDiffReport Compare(LoadedSpec oldSpec, LoadedSpec newSpec)
    {
        ArgumentNullException.ThrowIfNull(oldSpec);
        ArgumentNullException.ThrowIfNull(newSpec);
        return Compare(oldSpec.Document, newSpec.Document, oldSpec.LostKeywords, newSpec.LostKeywords);
    }

    /// <summary>Compares two documents as the reader built them.</summary>
    public static ApiDiffReport Compare(OpenApiDocument oldDoc, OpenApiDocument newDoc) =>
        Compare(oldDoc, newDoc, LostSchemaKeywords.None, LostSchemaKeywords.None);

    private static ApiDiffReport Compare(OpenApiDocument oldDoc, OpenApiDocument newDoc, LostSchemaKeywords oldLost, LostSchemaKeywords newLost)
    {
        ArgumentNullException.ThrowIfNull(oldDoc);
        ArgumentNullException.ThrowIfNull(newDoc);

        var collector = new ChangeCollector();
        var schemas = new SchemaComparer(new SchemaTargets(oldLost, newLost));
        var operations = new OperationComparer(schemas, collector);

        CompareServers(oldDoc.Servers, newDoc.Servers, collector);
        SecurityComparer.CompareSchemes(oldDoc, newDoc, collector);
        CompareOperations(OperationIndex.Paths(oldDoc), OperationIndex.Paths(newDoc), isWebhook: false, operations, collector);
        CompareOperations(OperationIndex.Webhooks(oldDoc), OperationIndex.Webhooks(newDoc), isWebhook: true, operations, collector);
        foreach (var change in SchemaGraphChanges.Of(schemas.Nodes, collector))
            collector.Add(change);
        return new ApiDiffReport(collector.Changes);
    }

    private static void CompareOperations(SortedDictionary<string, IndexedOperation> oldIndex,
        SortedDictionary<string, IndexedOperation> newIndex, bool isWebhook, OperationComparer operations, ChangeCollector collector)
    {
        var (added, removed) = isWebhook ? ("webhook-added", "webhook-removed") : ("operation-added", "operation-removed");
        foreach (var key in oldIndex.Keys.Union(newIndex.Keys).Order(StringComparer.Ordinal))
        {
            var inOld = oldIndex.TryGetValue(key, out var oldOperation);
            var inNew = newIndex.TryGetValue(key, out var newOperation);
            if (inOld && inNew)
            {
                operations.Compare(new OperationPair(oldOperation!, newOperation!, isWebhook));
                continue;
            }
            var operation = OperationComparer.Context((inOld ? oldOperation : newOperation)!);
            collector.Add(inOld ? removed : added, operation, "operation",
                $"{operation.Key} {(inOld ? "removed" : "added")}", inOld ? operation.Key : null, inOld ? null : operation.Key);
        }
    }

    private static void CompareServers(IList<OpenApiServer>? oldServers, IList<OpenApiServer>? newServers, ChangeCollector collector)
    {
        var oldUrls = (oldServers ?? []).Select(s => s.Url ?? "").ToHashSet(StringComparer.Ordinal);
        var newUrls = (newServers ?? []).Select(s => s.Url ?? "").ToHashSet(StringComparer.Ordinal);
        foreach (var url in newUrls.Except(oldUrls).Order(StringComparer.Ordinal))
            collector.Add("server-added", null, "servers", $"server {url} added", newValue: url);
        foreach (var url in oldUrls.Except(newUrls).Order(StringComparer.Ordinal))
            collector.Add("server-removed", null, "servers", $"server {url} removed", oldValue: url);
    }
}
