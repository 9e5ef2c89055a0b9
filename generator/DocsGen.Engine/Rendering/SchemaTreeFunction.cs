using DocsGen.OpenApi.Model;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DocsGen.Rendering;

/// <summary>
/// The built-in template function <c>schema_tree node</c>: the default theme's schema tree, written by
/// <see cref="SchemaTreeHtml"/> straight into the page. A theme whose partial defines its own <c>func schema_tree</c>
/// replaces this one for the page (the partial's assignment goes to the page's globals, where this one is).
/// Called as a statement of its own, it writes into the page; anywhere else (<c>x = schema_tree node</c>, an indented
/// include) it returns the HTML as a string, which Scriban then places as it would the partial's output.
/// </summary>
internal sealed class SchemaTreeFunction : IScriptCustomFunction, IScriptFunctionInfo
{
    public static readonly SchemaTreeFunction Instance = new();

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "node");

    public int GetParameterIndexByName(string name) => name == "node" ? 0 : -1;

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != 1 || arguments[0] is not SchemaNode node)
        {
            // The partial's function read fields of whatever it was given; nothing here is a tree.
            return null;
        }

        var span = callerContext?.Span ?? default;
        if (WritesInPlace(context, callerContext))
        {
            SchemaTreeHtml.Write(context, span, context.Output, node);
            return null;
        }

        var text = new StringBuilderOutput();
        SchemaTreeHtml.Write(context, span, text, node);
        return text.ToString();
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>A statement of its own, with nothing to indent: its text goes where it stands.</summary>
    private static bool WritesInPlace(TemplateContext context, ScriptNode? callerContext) =>
        string.IsNullOrEmpty(context.CurrentIndent)
        && context.EnableOutput
        && callerContext is ScriptFunctionCall { Parent: ScriptExpressionStatement };
}
