using DocsGen.OpenApi.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace DocsGen.Rendering;

/// <summary>
/// The built-in template function <c>schema_tree node</c>: the default theme's schema tree, written by
/// <see cref="SchemaTreeHtml"/> straight into the page (see <see cref="BuiltInWriter{T}"/> for how a theme replaces it).
/// </summary>
internal sealed class SchemaTreeFunction() : BuiltInWriter<SchemaNode>("node")
{
    public static readonly SchemaTreeFunction Instance = new();

    protected override void Write(TemplateContext context, SourceSpan span, IScriptOutput output, SchemaNode value) =>
        SchemaTreeHtml.Write(context, span, output, value);
}
