using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DocsGen.Rendering;

/// <summary>
/// A built-in template function of one argument that writes what a default theme partial wrote, in C#. A theme whose
/// partial defines its own function of the same name replaces it for the page (the partial's assignment goes to the
/// page's globals, where the built-in is). Called as a statement of its own, it writes into the page; anywhere else
/// (<c>x = f arg</c>, an indented include) it returns the HTML as a string, which Scriban then places as it would the
/// partial's output.
/// </summary>
internal abstract class BuiltInWriter<T>(string parameterName) : IScriptCustomFunction, IScriptFunctionInfo
    where T : class
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), parameterName);

    public int GetParameterIndexByName(string name) => name == parameterName ? 0 : -1;

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != 1 || arguments[0] is not T value)
        {
            // The partial's function read fields of whatever it was given; nothing here is what it writes.
            return null;
        }

        var span = callerContext?.Span ?? default;
        if (WritesInPlace(context, callerContext))
        {
            Write(context, span, context.Output, value);
            return null;
        }

        var text = new StringBuilderOutput();
        Write(context, span, text, value);
        return text.ToString();
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>Writes <paramref name="value"/>'s HTML, reading the page's state from <paramref name="context"/>.</summary>
    protected abstract void Write(TemplateContext context, SourceSpan span, IScriptOutput output, T value);

    /// <summary>A statement of its own, with nothing to indent: its text goes where it stands.</summary>
    private static bool WritesInPlace(TemplateContext context, ScriptNode? callerContext) =>
        string.IsNullOrEmpty(context.CurrentIndent)
        && context.EnableOutput
        && callerContext is ScriptFunctionCall { Parent: ScriptExpressionStatement };
}
