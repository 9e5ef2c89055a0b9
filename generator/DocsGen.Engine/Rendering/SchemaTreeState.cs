using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DocsGen.Rendering;

/// <summary>
/// The page's template variables a schema tree depends on, read when <c>schema_tree</c> is called so that a template that
/// sets them before the call is obeyed as it was by the partial: <c>root</c> (the version root links start from),
/// <c>schema_side</c> (operation pages), <c>schema_whole</c> (fields pages), <c>long_enum</c>, and the page's long enums
/// so far (<c>enum_seen</c>, <c>enum_count</c>, ids <c>enum_prefix</c> + count), which the call updates.
/// </summary>
internal sealed class SchemaTreeState
{
    private static readonly ScriptVariableGlobal RootName = new("root");
    private static readonly ScriptVariableGlobal SideName = new("schema_side");
    private static readonly ScriptVariableGlobal WholeName = new("schema_whole");
    private static readonly ScriptVariableGlobal PrefixName = new("enum_prefix");
    private static readonly ScriptVariableGlobal LongEnumName = new("long_enum");
    private static readonly ScriptVariableGlobal SeenName = new("enum_seen");
    private static readonly ScriptVariableGlobal CountName = new("enum_count");

    private int _countRead;

    private SchemaTreeState(string root, object? side, bool whole, string enumPrefix, int longEnum, ScriptObject enumSeen, int enumCount)
    {
        Root = root;
        Side = side;
        Whole = whole;
        EnumPrefix = enumPrefix;
        LongEnum = longEnum;
        EnumSeen = enumSeen;
        EnumCount = _countRead = enumCount;
    }

    public string Root { get; }

    /// <summary>"request" or "response" on operation pages, as the template set it.</summary>
    public object? Side { get; }

    public bool Whole { get; }

    public string EnumPrefix { get; }

    /// <summary>Enums longer than this are listed (or linked to) by the tree, not by the node's facts.</summary>
    public int LongEnum { get; }

    /// <summary>The ids of the long enums listed on the page so far, by their values joined with newlines.</summary>
    public ScriptObject EnumSeen { get; }

    public int EnumCount { get; set; }

    public static SchemaTreeState Read(TemplateContext context, SourceSpan span)
    {
        var longEnum = context.GetValue(LongEnumName);
        var count = context.GetValue(CountName);
        if (context.GetValue(SeenName) is not ScriptObject seen)
        {
            seen = [];
            context.SetValue(SeenName, seen);
        }

        return new SchemaTreeState(
            context.ObjectToString(context.GetValue(RootName)) ?? "",
            context.GetValue(SideName),
            context.ToBool(span, context.GetValue(WholeName)),
            context.ObjectToString(context.GetValue(PrefixName)) ?? "",
            // Without the partial's long_enum no list counts as long (a number is never greater than null in Scriban).
            longEnum is null ? int.MaxValue : context.ToInt(span, longEnum),
            seen,
            count is null ? 0 : context.ToInt(span, count));
    }

    /// <summary>Stores the page's count of long enums, when the tree listed one.</summary>
    public void WriteBack(TemplateContext context)
    {
        if (EnumCount != _countRead)
        {
            context.SetValue(CountName, EnumCount);
        }
    }
}
