namespace DocsGen.Diagnostics;

/// <summary>Collects diagnostics from stages that may run in parallel; hands them out in a stable order.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    public void Error(string code, string message, SourceLocation? location = null, string? hint = null) =>
        Add(new Diagnostic(code, Severity.Error, message, location, hint));

    public void Warning(string code, string message, SourceLocation? location = null, string? hint = null) =>
        Add(new Diagnostic(code, Severity.Warning, message, location, hint));

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate)
        {
            _items.AddRange(diagnostics);
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Any(d => d.Severity == Severity.Error);
            }
        }
    }

    public int Count(Severity severity)
    {
        lock (_gate)
        {
            return _items.Count(d => d.Severity == severity);
        }
    }

    /// <summary>Sorted by file, line, column, code so output does not depend on thread timing.</summary>
    public IReadOnlyList<Diagnostic> ToList()
    {
        lock (_gate)
        {
            return _items
                .Distinct()
                .OrderBy(d => d.Location?.File ?? "", StringComparer.Ordinal)
                .ThenBy(d => d.Location?.Line ?? 0)
                .ThenBy(d => d.Location?.Column ?? 0)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
