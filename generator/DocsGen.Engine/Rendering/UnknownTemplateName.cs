using Scriban.Parsing;
using Scriban.Syntax;

namespace DocsGen.Rendering;

/// <summary>A template asked for a variable or member no value has, under --strict; <see cref="Name"/> is the missing name.</summary>
internal sealed class UnknownTemplateName(SourceSpan span, string name) : ScriptRuntimeException(span, $"'{name}' was not found")
{
    public string Name { get; } = name;
}
