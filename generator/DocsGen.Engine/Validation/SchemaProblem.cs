namespace DocsGen.Validation;

/// <summary>One way a JSON value breaks its schema.</summary>
/// <param name="Pointer">JSON pointer into the value, "" for the value itself, e.g. "/payment_method/type".</param>
public sealed record SchemaProblem(string Pointer, string Message)
{
    public override string ToString() => $"{(Pointer.Length == 0 ? "/" : Pointer)}: {Message}";
}
