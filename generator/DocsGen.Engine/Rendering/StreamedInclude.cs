using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DocsGen.Rendering;

/// <summary>
/// Scriban's <c>include</c>, writing the partial straight into the page being rendered. The built-in renders each
/// partial into a new StringBuilder, makes it a string, writes that into the page and shrinks the builder again: for
/// the sidebar partial (14.5 KB of every page of a 10,000-page site) that was about 120 KB of garbage per page, a
/// third of what rendering a page allocated. Only a plain <c>{{ include 'x' }}</c> statement at column 0 (no
/// indentation to add to each line, its text written where it stands) is streamed; an include whose value is kept
/// (<c>x = include 'y'</c>), piped, indented or given named arguments takes the built-in's way, so every theme
/// renders the same bytes either way.
/// </summary>
internal sealed class StreamedInclude : IScriptCustomFunction, IScriptFunctionInfo
{
    public static readonly StreamedInclude Instance = new();

    private static readonly IncludeFunction BuiltIn = new();

    public int RequiredParameterCount => BuiltIn.RequiredParameterCount;

    public int ParameterCount => BuiltIn.ParameterCount;

    public ScriptVarParamKind VarParamKind => BuiltIn.VarParamKind;

    public Type ReturnType => BuiltIn.ReturnType;

    public ScriptParameterInfo GetParameterInfo(int index) => BuiltIn.GetParameterInfo(index);

    public int GetParameterIndexByName(string name) => BuiltIn.GetParameterIndexByName(name);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (!Streamable(context, callerContext, arguments))
        {
            return BuiltIn.Invoke(context, callerContext, arguments, blockStatement);
        }

        // What the built-in does before it renders (find the partial), then what RenderTemplate does, minus its own output.
        var caller = callerContext!;
        if (context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), caller) is not { } path)
        {
            return null;
        }

        var template = context.GetOrCreateTemplate(path, caller);
        context.EnterRecursive(caller);
        var indent = context.CurrentIndent;
        context.CurrentIndent = null;
        context.PushOutput(new PassThrough(context.Output));
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
            template.Render(context);
            return null;
        }
        finally
        {
            context.PopLocal();
            context.PopOutput();
            context.CurrentIndent = indent;
            context.ExitRecursive(caller);
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        BuiltIn.InvokeAsync(context, callerContext, arguments, blockStatement);

    /// <summary>A statement of its own, written where it stands with nothing to indent, and without named arguments.</summary>
    private static bool Streamable(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments) =>
        arguments.Count == 1
        && string.IsNullOrEmpty(context.CurrentIndent)
        && context.EnableOutput
        && callerContext is ScriptFunctionCall { Parent: ScriptExpressionStatement } call
        && call.Arguments.All(a => a is not ScriptNamedArgument);

    /// <summary>
    /// Hands the partial's text to the output it is included into. Template.Render returns its output's ToString(),
    /// which the built-in would write; this one's is empty, since the text is already written.
    /// </summary>
    private sealed class PassThrough(IScriptOutput into) : IScriptOutput
    {
        public void Write(string text, int offset, int count) => into.Write(text, offset, count);

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken) =>
            into.WriteAsync(text, offset, count, cancellationToken);

        public override string ToString() => "";
    }
}
