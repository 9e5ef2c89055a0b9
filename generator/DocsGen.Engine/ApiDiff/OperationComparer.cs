namespace DocsGen.ApiDiff;

/// <summary>Compares one operation pair: its own fields, parameters, body, responses and security.</summary>
internal sealed class OperationComparer(SchemaComparer schemas, ChangeCollector collector)
{
    private readonly ParameterComparer parameters = new(schemas, collector);
    private readonly ContentComparer content = new(schemas, collector);

    public static OperationContext Context(IndexedOperation operation, string? oldOperationId = null) =>
        new($"{operation.Method} {operation.Path}", operation.Operation.OperationId ?? oldOperationId,
            operation.Operation.Tags?.Select(t => t.Name).FirstOrDefault(n => !string.IsNullOrEmpty(n)));

    public void Compare(OperationPair pair)
    {
        var (oldOperation, newOperation) = (pair.Old.Operation, pair.New.Operation);
        var operation = Context(pair.New, oldOperation.OperationId);

        if (oldOperation.Deprecated != newOperation.Deprecated)
        {
            collector.Add(newOperation.Deprecated ? "operation-deprecated" : "operation-undeprecated", operation, "operation",
                newOperation.Deprecated ? "operation deprecated" : "operation no longer deprecated");
        }
        OperationLifecycleRules.Compare(oldOperation, newOperation, operation, collector);
        if (!string.Equals(oldOperation.OperationId, newOperation.OperationId, StringComparison.Ordinal))
        {
            collector.Add("operation-id-changed", operation, "operationId",
                $"operationId changed from {oldOperation.OperationId ?? "none"} to {newOperation.OperationId ?? "none"}",
                oldOperation.OperationId, newOperation.OperationId);
        }

        // A webhook's parameters and security are the API's business, not the consumer's.
        if (!pair.IsWebhook)
        {
            parameters.Compare(pair, operation);
            SecurityComparer.CompareRequirements(pair.Old.Security, pair.New.Security, operation, collector);
        }
        content.CompareRequestBodies(Resolved.RequestBody(oldOperation.RequestBody), Resolved.RequestBody(newOperation.RequestBody), pair.RequestSide, operation);
        content.CompareResponses(oldOperation.Responses, newOperation.Responses, pair.ResponseSide, operation);
    }
}
