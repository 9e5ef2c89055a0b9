using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace DocsGen.Rendering;

/// <summary>
/// Template values whose <see cref="Deferred"/> members are made when a template first reads them. A page's navigation
/// items (<c>nav</c>) are made only for a theme that reads them: the default theme reads the sidebar's HTML instead.
/// </summary>
/// <remarks>
/// Scriban's constructor imports a derived type's static members by reflection unless told not to; this type has none,
/// and two of these per page made that reflection (GetMethods, GetProperties) 10 % of page rendering's allocation.
/// </remarks>
internal sealed class DeferringScriptObject(int capacity) : ScriptObject(capacity, autoImportStaticsFromThisType: false)
{
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        var found = base.TryGetValue(context, span, member, out value);
        if (value is Deferred deferred)
        {
            value = deferred.Value;
        }

        return found;
    }

    public override object? this[string key]
    {
        get => base[key] is Deferred deferred ? deferred.Value : base[key];
        set => base[key] = value;
    }
}

/// <summary>A value made on first read, then kept (one page, one thread: no locking).</summary>
internal sealed class Deferred(Func<object> make)
{
    private object? _value;

    public object Value => _value ??= make();

    public override string? ToString() => Value.ToString();
}
