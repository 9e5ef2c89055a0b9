using DocsGen.OpenApi.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace DocsGen.Rendering;

/// <summary>
/// The built-in template function <c>api_parameters op</c>: an operation's parameter tables, written by
/// <see cref="ParametersHtml"/> straight into the page (see <see cref="BuiltInWriter{T}"/> for how a theme replaces it).
/// </summary>
internal sealed class ParametersFunction() : BuiltInWriter<ApiOperation>("op")
{
    public static readonly ParametersFunction Instance = new();

    protected override void Write(TemplateContext context, SourceSpan span, IScriptOutput output, ApiOperation value) =>
        ParametersHtml.Write(context, span, output, value);
}
